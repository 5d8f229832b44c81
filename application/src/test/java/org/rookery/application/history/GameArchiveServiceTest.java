package org.rookery.application.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rookery.application.history.HistoryKit.accepted;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rookery.application.history.HistoryKit.Ending;
import org.rookery.domain.clock.TimeControl;
import org.rookery.domain.event.EndReason;
import org.rookery.domain.event.EventEnvelope;
import org.rookery.domain.event.GameEnded;
import org.rookery.domain.event.GameResult;
import org.rookery.domain.game.ColorChoice;
import org.rookery.domain.game.GameSetup;
import org.rookery.domain.game.GameView;
import org.rookery.ports.in.Actor;
import org.rookery.ports.in.ArchivedMove;
import org.rookery.ports.in.FinishedGameDetails;
import org.rookery.ports.in.answer.HistoryRecording;
import org.rookery.ports.out.ArchiveFilter;
import org.rookery.ports.out.ArchivePosition;
import org.rookery.ports.out.ArchivedGame;
import org.rookery.ports.out.GameArchive;
import org.rookery.ports.out.StoreUnavailableException;

/** The history's consumer of game-events: what it archives, once, from the events alone. */
class GameArchiveServiceTest {
    static final String[] SCHOLARS_MATE = {"e2e4", "e7e5", "f1c4", "b8c6", "d1h5", "g8f6", "h5f7"};

    private HistoryKit kit = new HistoryKit();

    @AfterEach
    void stop() {
        kit.close();
    }

    @Test
    void a_game_played_to_the_end_is_archived_once_even_when_its_events_are_delivered_twice() {
        kit.pass(Duration.ofSeconds(5));
        String id = kit.finished("ann", "ben", 180_000, 2_000, Ending.BY_THE_MOVES, SCHOLARS_MATE);
        assertThat(kit.platform.archive.find(id)).as("nothing before the relay publishes").isEmpty();
        kit.relay();
        List<EventEnvelope> log = kit.log(id);
        kit.platform.bus.publish(log); // the relay is at least once: a batch may come again after a crash
        kit.platform.bus.publish(log);

        ArchivedGame game = kit.platform.archive.find(id).orElseThrow();
        EventEnvelope end = log.getLast();
        GameEnded ended = (GameEnded) end.payload();
        assertThat(game).isEqualTo(new ArchivedGame(id, "ann", "ben", GameResult.WHITE_WINS, EndReason.CHECKMATE, true,
                new TimeControl(180_000, 2_000), log.getFirst().occurredAt(), end.occurredAt(), end.seq(), ended.whiteMs(),
                ended.blackMs(), 7, ended.pgn()));
        assertThat(kit.all("ann", ArchiveFilter.ANY, 10)).containsExactly(game);
        assertThat(kit.all("ben", ArchiveFilter.ANY, 10)).containsExactly(game);
        assertThat(kit.platform.history.recorder().record(end)).isEqualTo(HistoryRecording.ALREADY_ARCHIVED);
        assertThat(kit.platform.archive.createdAt(id)).as("the creation note went with the archiving").isEmpty();
    }

    @Test
    void the_archive_serves_the_same_game_object_and_pgn_as_the_log() {
        String mate = kit.finished("ann", "ben", 180_000, 2_000, Ending.BY_THE_MOVES, SCHOLARS_MATE);
        kit.pass(Duration.ofMillis(1_234));
        String resigned = kit.finished("cy", "di", 60_000, 0, Ending.BLACK_RESIGNS, "d2d4", "d7d5", "c2c4");
        String noMoves = kit.finished("ann", "di", 600_000, 5_000, Ending.WHITE_RESIGNS);
        String drawn = kit.finished("ben", "cy", 15_000, 0, Ending.AGREED_DRAW, "g1f3");
        String fromFen = kit.finished("di", "ann", new GameSetup(300_000, 3_000, ColorChoice.WHITE, false,
                "4k3/8/8/8/8/8/4P3/4K3 b - - 0 40"), Ending.AGREED_DRAW, "e8d7", "e2e4");
        kit.relay();
        for (String id : List.of(mate, resigned, noMoves, drawn, fromFen)) {
            FinishedGameDetails archived = kit.platform.history.queries().finishedGame(id).orElseThrow();
            assertThat(archived.game()).as(id).isEqualTo(accepted(kit.platform.live.game(id)));
            assertThat(archived.pgn()).as(id).isEqualTo(accepted(kit.platform.live.pgn(id)));
            assertThat(archived.moves()).extracting(ArchivedMove::uci).isEqualTo(archived.game().moves());
        }
        assertThat(kit.platform.history.queries().finishedGame(mate).orElseThrow().moves()).extracting(ArchivedMove::san)
                .containsExactly("e4", "e5", "Bc4", "Nc6", "Qh5", "Nf6", "Qxf7#");
        assertThat(kit.platform.history.queries().finishedGame(fromFen).orElseThrow().moves())
                .containsExactly(new ArchivedMove(1, "Kd7", "e8d7"), new ArchivedMove(2, "e4", "e2e4"));
        assertThat(kit.platform.history.queries().finishedGame("no-such-game")).isEmpty();
    }

    @Test
    void aborted_and_unfinished_games_are_not_archived() {
        Actor ann = new Actor("ann", "r1"), ben = new Actor("ben", "r2");
        String waiting = accepted(kit.platform.live.create(ann, GameSetup.standard(60_000, 0, ColorChoice.WHITE, false))).gameId();
        String aborted = accepted(kit.platform.live.create(ann, GameSetup.standard(60_000, 0, ColorChoice.WHITE, false))).gameId();
        accepted(kit.platform.live.join(aborted, ben));
        accepted(kit.platform.live.abort(aborted, ben));
        kit.relay();
        assertThat(kit.platform.archive.find(aborted)).isEmpty();
        assertThat(kit.platform.archive.createdAt(aborted)).as("an aborted game leaves no note").isEmpty();
        assertThat(kit.platform.archive.find(waiting)).isEmpty();
        assertThat(kit.platform.archive.createdAt(waiting)).as("noted until it ends").isPresent();
        assertThat(kit.all("ann", ArchiveFilter.ANY, 10)).isEmpty();
        kit.log(aborted).forEach(e -> assertThat(kit.platform.history.recorder().record(e)).isIn(HistoryRecording.CREATION_NOTED,
                HistoryRecording.NOT_HISTORY, HistoryRecording.ABORT_FORGOTTEN));
    }

    @Test
    void a_history_that_never_saw_the_creation_archives_the_game_without_a_creation_time() {
        String id = kit.finished("ann", "ben", 180_000, 2_000, Ending.WHITE_RESIGNS, "e2e4");
        EventEnvelope end = kit.log(id).getLast();
        assertThat(kit.platform.history.recorder().record(end)).isEqualTo(HistoryRecording.ARCHIVED);
        assertThat(kit.platform.archive.find(id).orElseThrow().createdAt()).isNull();
        assertThat(kit.platform.history.queries().finishedGame(id).orElseThrow().game().createdAt()).isNull();
    }

    @Test
    void an_end_whose_pgn_does_not_read_back_is_skipped_and_the_stream_goes_on() {
        String bad = kit.finished("ann", "ben", 180_000, 2_000, Ending.WHITE_RESIGNS, "e2e4");
        EventEnvelope end = kit.log(bad).getLast();
        GameEnded ended = (GameEnded) end.payload();
        GameEnded broken = new GameEnded(ended.result(), ended.reason(), ended.white(), ended.black(), ended.rated(),
                ended.timeControl(), "1. e4 Ke7?? Qh5 1-0 garbage {", ended.by(), ended.whiteMs(), ended.blackMs());
        EventEnvelope corrupt = EventEnvelope.of(end.eventId(), bad, end.seq(), end.occurredAt(), end.correlationId(), broken);
        kit.platform.bus.publish(List.of(corrupt));
        assertThat(kit.platform.history.recorder().unreadable()).isEqualTo(1);
        assertThat(kit.platform.archive.find(bad)).isEmpty();
        String good = kit.finished("ann", "ben", 180_000, 2_000, Ending.BLACK_RESIGNS);
        kit.relay();
        assertThat(kit.platform.archive.find(good)).isPresent();
    }

    @Test
    void while_the_archive_is_down_the_relay_offers_the_events_again_and_nothing_is_lost_or_doubled() {
        kit.close();
        AtomicBoolean down = new AtomicBoolean(true);
        kit = new HistoryKit(b -> b.archive(archive -> new Failing(archive, down)));
        String id = kit.finished("ann", "ben", 180_000, 2_000, Ending.BY_THE_MOVES, SCHOLARS_MATE);
        kit.relay();
        assertThat(kit.platform.archive.find(id)).isEmpty();
        kit.relay();
        down.set(false);
        kit.relay();
        assertThat(kit.all("ann", ArchiveFilter.ANY, 10)).extracting(ArchivedGame::gameId).containsExactly(id);
        assertThat(kit.platform.archive.find(id).orElseThrow().createdAt()).isEqualTo(kit.log(id).getFirst().occurredAt());
        assertThatThrownBy(() -> { down.set(true); kit.platform.history.recorder().record(kit.log(id).getLast()); })
                .isInstanceOf(StoreUnavailableException.class);
    }

    /** An archive that fails every call while {@code down}. */
    private record Failing(GameArchive archive, AtomicBoolean down) implements GameArchive {
        private void check() {
            if (down.get()) throw new StoreUnavailableException("the archive is down (test)", null);
        }

        @Override
        public void noteCreated(String gameId, Instant createdAt) {
            check();
            archive.noteCreated(gameId, createdAt);
        }

        @Override
        public Optional<Instant> createdAt(String gameId) {
            check();
            return archive.createdAt(gameId);
        }

        @Override
        public void forgetUnfinished(String gameId) {
            check();
            archive.forgetUnfinished(gameId);
        }

        @Override
        public boolean archive(ArchivedGame game) {
            check();
            return archive.archive(game);
        }

        @Override
        public Optional<ArchivedGame> find(String gameId) {
            check();
            return archive.find(gameId);
        }

        @Override
        public List<ArchivedGame> page(String playerId, ArchiveFilter filter, Optional<ArchivePosition> after, int limit) {
            check();
            return archive.page(playerId, filter, after, limit);
        }
    }
}
