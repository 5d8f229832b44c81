package org.rookery.application.rating;

import java.time.Instant;
import org.rookery.domain.event.EventEnvelope;
import org.rookery.domain.event.GameEnded;
import org.rookery.domain.event.GameResult;
import org.rookery.domain.rating.InvalidRatingException;
import org.rookery.domain.rating.RatingPool;
import org.rookery.domain.rating.TimeControl;
import org.rookery.ports.in.LegacyGameResult;
import org.rookery.ports.in.answer.LegacyResultAnswer;
import org.rookery.ports.in.RecordGameResultUseCase;
import org.rookery.ports.in.RecordLegacyResultUseCase;
import org.rookery.ports.in.answer.ResultRecording;
import org.rookery.ports.out.ResultKey;
import org.rookery.ports.out.TimeSource;

/**
 * Takes finished games in, from the event stream and from the legacy endpoint, and sends both
 * through the same door ({@link LiveResults}) to the same exactly-once recorder: a result counts
 * once per (game, pool) whichever way, and however often, it arrives. Thread-safe.
 */
public final class GameResultService implements RecordGameResultUseCase, RecordLegacyResultUseCase {
    private final LiveResults live;
    private final TimeSource time;
    private final Instant legacyGoneAt;

    GameResultService(LiveResults live, TimeSource time, RatingSettings settings) {
        this.live = live;
        this.time = time;
        this.legacyGoneAt = settings.legacyResultsGoneAt();
    }

    @Override
    public ResultRecording record(EventEnvelope event) {
        if (!(event.payload() instanceof GameEnded ended)) {
            return new ResultRecording.NotRated(event.gameId(), ResultRecording.Reason.NOT_A_RESULT);
        }
        if (!ended.rated()) return new ResultRecording.NotRated(event.gameId(), ResultRecording.Reason.CASUAL);
        return live.submit(FinishedGame.of(event, ended));
    }

    @Override
    public LegacyResultAnswer submit(LegacyGameResult result) {
        if (!time.now().isBefore(legacyGoneAt)) return new LegacyResultAnswer.Gone(legacyGoneAt);
        String problem = problem(result);
        if (problem != null) return new LegacyResultAnswer.Invalid(problem);
        if (!result.rated()) {
            return new LegacyResultAnswer.Recorded(new ResultRecording.NotRated(result.gameId(), ResultRecording.Reason.CASUAL));
        }
        RatingPool pool = RatingPool.of(new TimeControl(result.initialMs(), result.incrementMs()));
        FinishedGame game = new FinishedGame(new ResultKey(result.gameId(), pool), result.white(), result.black(),
                FinishedGame.whiteScore(GameResult.fromNotation(result.result())), Instant.ofEpochMilli(result.endedAtMs()));
        return new LegacyResultAnswer.Recorded(live.submit(game));
    }

    /** What is wrong with a legacy result, or null when nothing is. */
    private static String problem(LegacyGameResult r) {
        if (r == null) return "a result is required";
        if (blank(r.gameId())) return "gameId is required";
        if (blank(r.white()) || blank(r.black())) return "white and black are required";
        if (r.white().equals(r.black())) return "white and black must be different players";
        if (!isResult(r.result())) return "result must be 1-0, 0-1 or 1/2-1/2, got '" + r.result() + "'";
        if (r.endedAtMs() <= 0) return "endedAtMs must be a positive epoch millisecond, got " + r.endedAtMs();
        try {
            new TimeControl(r.initialMs(), r.incrementMs());
        } catch (InvalidRatingException e) {
            return "time control: " + e.getMessage();
        }
        return null;
    }

    private static boolean isResult(String notation) {
        for (GameResult result : GameResult.values()) if (result.notation().equals(notation)) return true;
        return false;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
