package org.rookery.adapters.http.rest;

import io.helidon.webserver.http.ServerRequest;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rookery.adapters.http.json.HistoryWireFormat;
import org.rookery.adapters.http.json.RatingPools;
import org.rookery.adapters.http.problem.ApiProblemException;
import org.rookery.domain.clock.TimeControl;
import org.rookery.domain.event.GameResult;
import org.rookery.domain.rating.RatingPool;
import org.rookery.ports.out.ArchiveFilter;
import org.rookery.ports.out.PlayerOutcome;

/**
 * The filters of a player's archive routes, read from the query: {@code result} (the player's
 * {@code win}, {@code loss}, {@code draw}, or the game's {@code 1-0}, {@code 0-1}, {@code 1/2-1/2})
 * and {@code timeControl} (a pool, {@code blitz}, or an exact control in seconds, {@code 180+2}; a
 * {@code +} sent unencoded arrives as a space and is read the same). Anything else is a 400 that
 * names the parameter. Stateless.
 */
final class ArchiveParameters {
    private static final Pattern EXACT = Pattern.compile("(\\d{1,5}(?:\\.\\d{1,3})?)[+ ](\\d{1,3}(?:\\.\\d{1,3})?)");

    private ArchiveParameters() {}

    /** The filter and its query string for links ({@code "result=win&"}, or empty). */
    record Filters(ArchiveFilter filter, String query) {}

    static Filters read(ServerRequest req) {
        ArchiveFilter filter = ArchiveFilter.ANY;
        StringBuilder query = new StringBuilder();
        Optional<String> result = req.query().first("result").asOptional();
        if (result.isPresent()) {
            filter = withResult(filter, result.get());
            query.append("result=").append(HistoryWireFormat.queryValue(result.get())).append('&');
        }
        Optional<String> timeControl = req.query().first("timeControl").asOptional();
        if (timeControl.isPresent()) {
            String canonical = timeControl.get().replace(' ', '+');
            filter = withTimeControl(filter, timeControl.get());
            query.append("timeControl=").append(HistoryWireFormat.queryValue(canonical)).append('&');
        }
        return new Filters(filter, query.toString());
    }

    private static ArchiveFilter withResult(ArchiveFilter filter, String text) {
        for (PlayerOutcome o : PlayerOutcome.values()) {
            if (o.name().equalsIgnoreCase(text)) return filter.withOutcome(o);
        }
        for (GameResult r : GameResult.values()) {
            if (r.notation().equals(text)) return filter.withResult(r);
        }
        throw ApiProblemException.badRequest("query parameter 'result' must be win, loss, draw, 1-0, 0-1 or 1/2-1/2, got '" + clip(text) + "'");
    }

    private static ArchiveFilter withTimeControl(ArchiveFilter filter, String text) {
        for (RatingPool pool : RatingPool.values()) {
            if (RatingPools.wireName(pool).equals(text)) return filter.withPool(pool);
        }
        Matcher exact = EXACT.matcher(text);
        if (exact.matches()) {
            long initialMs = millis(exact.group(1)), incrementMs = millis(exact.group(2));
            String problem = TimeControl.problem(initialMs, incrementMs);
            if (problem == null) return filter.withTimeControl(new TimeControl(initialMs, incrementMs));
            throw ApiProblemException.badRequest("query parameter 'timeControl' is no valid time control: " + problem);
        }
        throw ApiProblemException.badRequest("query parameter 'timeControl' must be a pool (ultrabullet, bullet, blitz, rapid,"
                + " classical) or initial+increment in seconds such as 180+2, got '" + clip(text) + "'");
    }

    private static long millis(String seconds) {
        return new BigDecimal(seconds).movePointRight(3).longValueExact();
    }

    private static String clip(String text) {
        return text.length() <= 32 ? text : text.substring(0, 32) + "…";
    }
}
