package org.rookery.application.game;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.rookery.domain.event.EventEnvelope;
import org.rookery.domain.game.CommandContext;
import org.rookery.domain.game.Game;
import org.rookery.domain.game.GameMemento;
import org.rookery.domain.game.Outcome;
import org.rookery.domain.game.Rejection;
import org.rookery.ports.in.Actor;
import org.rookery.ports.in.GameBusyException;
import org.rookery.ports.out.EventLogConflictException;

/**
 * The path every game command takes. Under the game's lock, and nothing else under it: load the
 * game (from memory; from snapshot + log after a restart or a failover), decide (the domain),
 * append the new events to the durable log, publish the game's read view, hand the events to the
 * broadcaster (which must not block; a watcher it wakes reads at least the new state) and keep
 * the flag timer right. After the unlock: store a snapshot
 * when one is due (every N moves or T, and at the end). The answer is returned only after the
 * append, so an acknowledged move is durable; nothing after the append can fail it. The wait for
 * the lock has a deadline ({@link GameBusyException}). Thread-safe.
 */
public final class MovePipeline {
    private static final System.Logger LOG = System.getLogger(MovePipeline.class.getName());
    private static final Duration BUSY_TIMER_RETRY = Duration.ofMillis(250);

    /** A command on one loaded game, run under the game's lock. */
    @FunctionalInterface
    public interface GameCommand<T> {
        Outcome<T> run(Game game, CommandContext ctx);
    }

    private static final Actor FLAG_TIMER = new Actor(CommandContext.SYSTEM, "flag-timer");
    private final LiveGamePorts ports;
    private final GameLocks locks;
    private final GameLoader loader;
    private final EventDelivery delivery;
    private final FlagTimers timers;
    private final SnapshotSchedule snapshotSchedule;
    private final ReadViews views;

    public MovePipeline(LiveGamePorts ports, LiveGameSettings settings, ReadViews views) {
        this.ports = ports;
        this.locks = new GameLocks(settings.lockWait());
        this.loader = new GameLoader(ports.cache(), ports.snapshots(), ports.eventLog());
        this.delivery = new EventDelivery(ports.broadcaster());
        this.timers = new FlagTimers(ports.scheduler(), this::timerFired);
        this.snapshotSchedule = new SnapshotSchedule(settings);
        this.views = views;
    }

    /** Runs a command on an existing game; an unknown id is rejected with {@link Rejection#GAME_NOT_FOUND}. */
    public <T> Outcome<T> execute(String gameId, Actor actor, GameCommand<T> command) {
        GameMemento snapshot = null;
        Outcome<T> outcome;
        ReentrantLock lock = locks.lock(gameId);
        try {
            for (int attempt = 1; ; attempt++) {
                Game game = loader.load(gameId);
                if (game == null) return Outcome.rejected(Rejection.GAME_NOT_FOUND, "no game has id " + gameId);
                CommandContext ctx = context(actor);
                try {
                    outcome = command.run(game, ctx);
                } catch (RuntimeException bug) {
                    forgetCopy(gameId); // the game may be half-changed: rebuild it next time
                    throw bug;
                }
                try {
                    snapshot = commit(game, ctx);
                } catch (EventLogConflictException conflict) {
                    // Another node wrote this game first: our copy is stale. Reload and decide again, once.
                    if (attempt == 2) throw conflict;
                    continue;
                }
                settle(game, lock);
                break;
            }
        } finally {
            lock.unlock();
        }
        save(snapshot);
        return outcome;
    }

    /** Runs the creation of a new game: {@code create} decides, and an accepted game is recorded and kept. */
    public <T> Outcome<T> create(
            Actor actor, Function<CommandContext, Outcome<Game>> create, BiFunction<Game, CommandContext, T> answer) {
        CommandContext ctx = context(actor);
        Outcome<Game> created = create.apply(ctx);
        if (!(created instanceof Outcome.Accepted<Game>(Game game))) return ((Outcome.Rejected<Game>) created).retype();
        ReentrantLock lock = locks.lock(game.id());
        T value;
        try {
            commit(game, ctx);
            ports.cache().put(game);
            settle(game, lock);
            value = answer.apply(game, ctx);
        } catch (RuntimeException e) {
            locks.retire(game.id(), lock);
            throw e;
        } finally {
            lock.unlock();
        }
        return Outcome.accepted(value);
    }

    private CommandContext context(Actor actor) {
        return new CommandContext(actor.userId(), ports.time().now(), actor.correlationId(), ports.ids());
    }

    /** Makes the command's events durable and hands them on; returns the snapshot to store after the unlock, if one is due. */
    private GameMemento commit(Game game, CommandContext ctx) {
        List<EventEnvelope> events = game.drainPendingEvents();
        if (events.isEmpty()) {
            if (!game.lifecycle().isTerminal()) views.publishIfAbsent(game);
            return null;
        }
        try {
            ports.eventLog().append(game.id(), events.getFirst().seq() - 1, events);
        } catch (RuntimeException e) {
            forgetCopy(game.id()); // the cached game is ahead of the log: forget it
            throw e;
        }
        views.publish(game); // first: a watcher woken by the broadcast reads at least this state
        delivery.deliver(game.id(), events);
        return snapshotSchedule.due(game, ctx.atMillis()) ? game.memento() : null;
    }

    private void save(GameMemento snapshot) {
        if (snapshot == null) return;
        try {
            ports.snapshots().save(snapshot);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "snapshot of game " + snapshot.gameId() + " at seq " + snapshot.seq()
                    + " failed; the log still has everything", e);
        }
    }

    private void forgetCopy(String gameId) {
        ports.cache().remove(gameId);
        views.forget(gameId);
    }

    /** After a command: keep the flag timer right, and let a finished game leave memory. */
    private void settle(Game game, ReentrantLock lock) {
        if (!game.lifecycle().isTerminal()) {
            timers.track(game);
            return;
        }
        timers.cancel(game.id());
        ports.cache().remove(game.id());
        views.forget(game.id());
        snapshotSchedule.forget(game.id());
        locks.retire(game.id(), lock);
    }

    private void timerFired(String gameId, FlagTimers.Armed timer) {
        try {
            execute(gameId, FLAG_TIMER, (game, ctx) -> {
                timers.fired(gameId, timer);
                return game.flag(ctx);
            });
        } catch (GameBusyException busy) {
            ports.scheduler().schedule(ports.time().now().plus(BUSY_TIMER_RETRY), () -> timerFired(gameId, timer));
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "flag check of game " + gameId + " failed; the next command will notice the flag", e);
        }
    }
}
