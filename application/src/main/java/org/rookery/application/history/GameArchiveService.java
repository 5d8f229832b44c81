package org.rookery.application.history;

import java.lang.System.Logger.Level;
import java.time.Instant;
import java.util.concurrent.atomic.LongAdder;
import org.rookery.domain.event.EventEnvelope;
import org.rookery.domain.event.GameAborted;
import org.rookery.domain.event.GameCreated;
import org.rookery.domain.event.GameEnded;
import org.rookery.ports.in.RecordGameHistoryUseCase;
import org.rookery.ports.in.answer.HistoryRecording;
import org.rookery.ports.out.ArchivedGame;
import org.rookery.ports.out.GameArchive;

/**
 * The history's consumer of {@code game-events}: notes when each game was created, archives each
 * finished game from its {@code GameEnded} (players, result, reason, time control, final clocks,
 * PGN) once, however often the event comes, and forgets aborted games. Everything it needs is in
 * the events: it never reads the event log or asks the live service. An event that cannot be
 * archived (a PGN that does not read back) is logged and skipped, never thrown, so that one bad
 * event cannot hold up the stream; a store that is down is thrown, so that the event comes again.
 * Thread-safe.
 */
public final class GameArchiveService implements RecordGameHistoryUseCase {
    private static final System.Logger LOG = System.getLogger(GameArchiveService.class.getName());
    private final GameArchive archive;
    private final LongAdder unreadable = new LongAdder();

    GameArchiveService(GameArchive archive) {
        this.archive = archive;
    }

    @Override
    public HistoryRecording record(EventEnvelope event) {
        return switch (event.payload()) {
            case GameCreated created -> {
                archive.noteCreated(event.gameId(), event.occurredAt());
                yield HistoryRecording.CREATION_NOTED;
            }
            case GameEnded ended -> archive(event, ended);
            case GameAborted aborted -> {
                archive.forgetUnfinished(event.gameId());
                yield HistoryRecording.ABORT_FORGOTTEN;
            }
            default -> HistoryRecording.NOT_HISTORY;
        };
    }

    /** {@code GameEnded} events skipped because they could not be archived, since start. */
    public long unreadable() {
        return unreadable.sum();
    }

    private HistoryRecording archive(EventEnvelope event, GameEnded ended) {
        Instant createdAt = archive.createdAt(event.gameId()).orElse(null);
        ArchivedGame game;
        try {
            game = ArchivedGames.from(event, ended, createdAt);
        } catch (IllegalArgumentException e) { // a PgnParseException, or a game the archive refuses
            unreadable.increment();
            LOG.log(Level.ERROR, "game " + event.gameId() + " (event " + event.eventId() + ") cannot be archived and is skipped;"
                    + " its events are still in the log", e);
            return HistoryRecording.UNREADABLE;
        }
        return archive.archive(game) ? HistoryRecording.ARCHIVED : HistoryRecording.ALREADY_ARCHIVED;
    }
}
