package org.rookery.application.game;

import java.lang.System.Logger.Level;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.rookery.domain.event.EventEnvelope;
import org.rookery.domain.game.CommandContext;
import org.rookery.domain.game.Game;
import org.rookery.domain.game.Outcome;
import org.rookery.domain.game.Rejection;
import org.rookery.ports.in.Actor;
import org.rookery.ports.out.EventLogConflictException;

/**
 * The path every game command takes: take the game's lock, load the game, validate and apply
 * (the domain), append the new events to the durable log, then hand them to the outbox and the
 * watchers, store a snapshot when due, re-arm the flag timer, and answer. The answer is returned
 * only after the append, so an acknowledged move is durable; nothing after the append can fail
 * it. The lock is held across the append only. Thread-safe.
 */
public final class MovePipeline {
    private static final System.Logger LOG = System.getLogger(MovePipeline.class.getName());

    /** A command on one loaded game, run under the game's lock. */
    @FunctionalInterface
    public interface GameCommand<T> {
        Outcome<T> run(Game game, CommandContext ctx);
    }

    private static final Actor FLAG_TIMER = new Actor(CommandContext.SYSTEM, "flag-timer");
    private final LiveGamePorts ports;
    private final LiveGameSettings settings;
    private final GameLocks locks = new GameLocks();
    private final GameLoader loader;
    private final EventDelivery delivery;
    private final FlagTimers timers;

    public MovePipeline(LiveGamePorts ports, LiveGameSettings settings) {
        this.ports = ports;
        this.settings = settings;
        this.loader = new GameLoader(ports.cache(), ports.snapshots(), ports.eventLog());
        this.delivery = new EventDelivery(ports.outbox(), ports.broadcaster());
        this.timers = new FlagTimers(ports.scheduler(), this::timerFired);
    }

    /** Runs a command on an existing game; an unknown id is rejected with {@link Rejection#GAME_NOT_FOUND}. */
    public <T> Outcome<T> execute(String gameId, Actor actor, GameCommand<T> command) {
        ReentrantLock lock = locks.lock(gameId);
        try {
            for (int attempt = 1; ; attempt++) {
                Game game = loader.load(gameId);
                if (game == null) return Outcome.rejected(Rejection.GAME_NOT_FOUND, "no game has id " + gameId);
                Outcome<T> outcome;
                try {
                    outcome = command.run(game, context(actor));
                } catch (RuntimeException bug) {
                    ports.cache().remove(gameId); // the game may be half-changed: rebuild it next time
                    throw bug;
                }
                try {
                    commit(game);
                } catch (EventLogConflictException conflict) {
                    // Another node wrote this game first: our copy is stale. Reload and decide again, once.
                    if (attempt == 2) throw conflict;
                    continue;
                }
                settle(game, lock);
                return outcome;
            }
        } finally {
            lock.unlock();
        }
    }

    /** Runs the creation of a new game: {@code create} decides, and an accepted game is recorded and kept. */
    public <T> Outcome<T> create(
            Actor actor, Function<CommandContext, Outcome<Game>> create, BiFunction<Game, CommandContext, T> answer) {
        CommandContext ctx = context(actor);
        Outcome<Game> created = create.apply(ctx);
        if (!(created instanceof Outcome.Accepted<Game>(Game game))) return ((Outcome.Rejected<Game>) created).retype();
        ReentrantLock lock = locks.lock(game.id());
        try {
            commit(game);
            ports.cache().put(game);
            settle(game, lock);
            return Outcome.accepted(answer.apply(game, ctx));
        } catch (RuntimeException e) {
            locks.retire(game.id(), lock);
            throw e;
        } finally {
            lock.unlock();
        }
    }

    private CommandContext context(Actor actor) {
        return new CommandContext(actor.userId(), ports.time().now(), actor.correlationId(), ports.ids());
    }

    private void commit(Game game) {
        List<EventEnvelope> events = game.drainPendingEvents();
        if (events.isEmpty()) return;
        try {
            ports.eventLog().append(game.id(), events.getFirst().seq() - 1, events);
        } catch (RuntimeException e) {
            ports.cache().remove(game.id()); // the cached game is ahead of the log: forget it
            throw e;
        }
        delivery.deliver(game.id(), events);
        snapshotIfDue(game, events);
    }

    private void snapshotIfDue(Game game, List<EventEnvelope> events) {
        long seq = game.seq(), before = events.getFirst().seq() - 1;
        int every = settings.snapshotEvery();
        if (seq / every == before / every && !game.lifecycle().isTerminal()) return;
        try {
            ports.snapshots().save(game.memento());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "snapshot of game " + game.id() + " at seq " + seq + " failed; the log still has everything", e);
        }
    }

    /** After a command: keep the flag timer right, and let a finished game leave memory. */
    private void settle(Game game, ReentrantLock lock) {
        if (!game.lifecycle().isTerminal()) {
            timers.track(game);
            return;
        }
        timers.cancel(game.id());
        ports.cache().remove(game.id());
        locks.retire(game.id(), lock);
    }

    private void timerFired(String gameId, FlagTimers.Armed timer) {
        try {
            execute(gameId, FLAG_TIMER, (game, ctx) -> {
                timers.fired(gameId, timer);
                return game.flag(ctx);
            });
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "flag check of game " + gameId + " failed; the next command will notice the flag", e);
        }
    }
}
