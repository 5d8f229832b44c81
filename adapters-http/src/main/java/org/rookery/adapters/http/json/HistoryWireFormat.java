package org.rookery.adapters.http.json;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.rookery.adapters.http.json.GameWireFormat.TimeControlJson;
import org.rookery.ports.in.PlayerGamesPage;
import org.rookery.ports.out.ArchivedGame;

/**
 * The JSON shapes of a player's archive (docs/openapi.yaml): a page of games seen from the player's
 * side, newest first, with the link to the next page (the same filters, a cursor). Stateless.
 */
public final class HistoryWireFormat {
    private HistoryWireFormat() {}

    /** One finished game in a player's archive; {@code color} and {@code outcome} are the player's. */
    public record ArchivedGameJson(String gameId, String white, String black, String color, String outcome, String result,
            String reason, boolean rated, TimeControlJson timeControl, String pool, String createdAt, String endedAt, int plies,
            String url, String pgnUrl) {}

    public record PlayerGamesJson(String userId, int limit, List<ArchivedGameJson> games, String next) {}

    /**
     * The page; {@code filters} is the query string of the filters it was read with ({@code "result=win&"}, or
     * empty), repeated in the next link.
     */
    public static PlayerGamesJson page(PlayerGamesPage page, int limit, String filters) {
        String next = page.next().map(p -> "/v1/players/" + pathSegment(page.playerId()) + "/games?" + filters + "limit=" + limit
                + "&cursor=" + ArchiveCursors.encode(p)).orElse(null);
        return new PlayerGamesJson(page.playerId(), limit, page.games().stream().map(g -> game(g, page.playerId())).toList(), next);
    }

    static ArchivedGameJson game(ArchivedGame g, String playerId) {
        boolean white = g.white().equals(playerId);
        return new ArchivedGameJson(g.gameId(), g.white(), g.black(), white ? "white" : "black",
                g.outcomeFor(playerId).map(o -> o.name().toLowerCase(Locale.ROOT)).orElse(null), g.result().notation(),
                g.reason().wireName(), g.rated(), GameWireFormat.timeControl(g.timeControl()), RatingPools.wireName(g.pool()),
                g.createdAt() == null ? null : g.createdAt().toString(), g.endedAt().toString(), g.plies(),
                "/v1/games/" + pathSegment(g.gameId()), "/v1/games/" + pathSegment(g.gameId()) + "/pgn");
    }

    /** A query parameter's value, encoded. */
    public static String queryValue(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String pathSegment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
