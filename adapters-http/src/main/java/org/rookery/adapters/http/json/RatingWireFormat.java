package org.rookery.adapters.http.json;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.rookery.domain.rating.PlayerRating;
import org.rookery.ports.in.BackfillProgress;
import org.rookery.ports.in.LeaderboardPage;
import org.rookery.ports.in.PlayerRatings;
import org.rookery.ports.in.PoolStanding;
import org.rookery.ports.in.RatingUpdate;
import org.rookery.ports.in.answer.ResultRecording;
import org.rookery.ports.out.LeaderboardEntry;

/**
 * The JSON shapes of the rating routes (docs/openapi.yaml): standings, leaderboard pages, what
 * became of a legacy result, and backfill progress. Ratings are sent unrounded. Stateless.
 */
public final class RatingWireFormat {
    private RatingWireFormat() {}

    public record StandingJson(String pool, double rating, double deviation, double volatility, boolean provisional,
            int games, String lastPlayedAt, Long rank) {}

    public record PlayerRatingsJson(String userId, List<StandingJson> pools) {}

    public record EntryJson(long rank, String userId, double rating) {}

    public record LeaderboardJson(String pool, long offset, int limit, long total, List<EntryJson> entries, String next) {}

    public record RatingJson(double rating, double deviation, double volatility, int games) {}

    public record SideJson(String userId, RatingJson before, RatingJson after) {}

    /** {@code outcome}: {@code applied}, {@code already_applied}, {@code deferred} or {@code not_rated} (with {@code reason}). */
    public record RecordingJson(String outcome, String gameId, String pool, SideJson white, SideJson black, String reason) {}

    public record BackfillJson(String mode, String since, String state, long eventsDone, long eventsTotal, double percentDone,
            long resultsApplied, long resultsSkipped, double eventsPerSecond, Long etaMs, String startedAt, String updatedAt,
            String failure) {}

    public static PlayerRatingsJson ratings(PlayerRatings r) {
        return new PlayerRatingsJson(r.playerId(), r.pools().stream().map(RatingWireFormat::standing).toList());
    }

    static StandingJson standing(PoolStanding s) {
        return new StandingJson(RatingPools.wireName(s.pool()), s.rating(), s.deviation(), s.volatility(), s.provisional(),
                s.gamesPlayed(), s.lastPlayed().toString(), s.rank().isPresent() ? s.rank().getAsLong() : null);
    }

    public static LeaderboardJson leaderboard(LeaderboardPage page, int limit) {
        String pool = RatingPools.wireName(page.pool());
        long nextOffset = page.offset() + page.entries().size();
        String next = nextOffset < page.total() ? "/v1/leaderboards/" + pool + "?offset=" + nextOffset + "&limit=" + limit : null;
        List<EntryJson> entries = page.entries().stream().map(RatingWireFormat::entry).toList();
        return new LeaderboardJson(pool, page.offset(), limit, page.total(), entries, next);
    }

    static EntryJson entry(LeaderboardEntry e) {
        return new EntryJson(e.rank(), e.playerId(), e.rating());
    }

    public static RecordingJson recording(ResultRecording recording) {
        return switch (recording) {
            case ResultRecording.Applied a -> new RecordingJson("applied", a.key().gameId(), RatingPools.wireName(a.key().pool()),
                    side(a.white()), side(a.black()), null);
            case ResultRecording.AlreadyApplied a -> new RecordingJson("already_applied", a.key().gameId(),
                    RatingPools.wireName(a.key().pool()), null, null, null);
            case ResultRecording.Deferred d -> new RecordingJson("deferred", d.key().gameId(), RatingPools.wireName(d.key().pool()),
                    null, null, null);
            case ResultRecording.NotRated n -> new RecordingJson("not_rated", n.gameId(), null, null, null,
                    n.reason().name().toLowerCase(Locale.ROOT));
        };
    }

    private static SideJson side(RatingUpdate u) {
        return new SideJson(u.playerId(), rating(u.before()), rating(u.after()));
    }

    private static RatingJson rating(PlayerRating r) {
        return new RatingJson(r.rating(), r.deviation(), r.volatility(), r.gamesPlayed());
    }

    public static BackfillJson backfill(BackfillProgress p) {
        return new BackfillJson(p.request().mode().name().toLowerCase(Locale.ROOT),
                p.request().since().map(Object::toString).orElse(null), p.state().name().toLowerCase(Locale.ROOT),
                p.eventsDone(), p.eventsTotal(), p.percentDone(), p.resultsApplied(), p.resultsSkipped(), p.eventsPerSecond(),
                p.eta().map(Duration::toMillis).orElse(null), p.startedAt().toString(), p.updatedAt().toString(),
                p.failure().orElse(null));
    }
}
