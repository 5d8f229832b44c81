package org.rookery.application.testkit;

import org.rookery.adapters.memory.*;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.rookery.application.matchmaking.MatchmakingPorts;
import org.rookery.application.matchmaking.MatchmakingServices;
import org.rookery.application.matchmaking.MatchmakingSettings;
import org.rookery.domain.event.EventEnvelope;
import org.rookery.domain.event.MatchCreated;
import org.rookery.ports.in.answer.JoinAnswer;
import org.rookery.ports.in.JoinRequest;
import org.rookery.ports.out.GameCreationException;
import org.rookery.ports.out.MatchGameCreator;
import org.rookery.ports.out.notice.MatchNotice;

/**
 * Matchmaking on the in-memory kit, creating real games on a live-game service in the same
 * process, with a switch that makes game creation fail. A test fixture, not thread-safe to configure.
 */
public final class MatchmakingKit {
    public final LiveGameKit live = new LiveGameKit().start();
    public final InMemoryMatchRetryQueue retries = new InMemoryMatchRetryQueue();
    public final InMemoryMatchNotifier notifier = new InMemoryMatchNotifier();
    public final InMemoryRatingStore ratings = new InMemoryRatingStore();
    public final MatchGameCreator inProcess = new InProcessMatchGameCreator(live.service, live.service);
    public volatile boolean liveGameDown;
    public int creationCalls;
    public final MatchmakingServices matchmaking;
    public final Map<String, List<MatchNotice>> notices = new ConcurrentHashMap<>();

    public MatchmakingKit() {
        this(MatchmakingSettings.defaults());
    }

    public MatchmakingKit(MatchmakingSettings settings) {
        this(settings, null);
    }

    /** With {@code creator} in front of the in-process one (null: the in-process one, behind the down switch). */
    public MatchmakingKit(MatchmakingSettings settings, java.util.function.UnaryOperator<MatchGameCreator> decorate) {
        MatchGameCreator switchable = request -> {
            creationCalls++;
            if (liveGameDown) throw GameCreationException.unavailable("live-game unreachable", null);
            return inProcess.createGame(request);
        };
        MatchGameCreator creator = decorate == null ? switchable : decorate.apply(switchable);
        matchmaking = MatchmakingServices.wire(new MatchmakingPorts(creator, retries, notifier, live.memoryOutbox, ratings,
                live.time, live.ids, live.scheduler), settings, new Random(7));
        matchmaking.waves().start();
    }

    /** Joins 3+2 rated and watches the player's notices. */
    public JoinAnswer join(String user) {
        notices.computeIfAbsent(user, u -> {
            List<MatchNotice> list = new CopyOnWriteArrayList<>();
            matchmaking.service().watch(u, list::add);
            return list;
        });
        return matchmaking.service().join(new JoinRequest(user, 180_000, 2_000, true));
    }

    /** Moves the clock and runs whatever waves are due. */
    public void pass(Duration duration) {
        live.time.advance(duration);
        live.scheduler.runDue(live.time.now());
    }

    public List<MatchCreated> matchCreatedInOutbox() {
        return live.memoryOutbox.peek(100_000).stream().map(EventEnvelope::payload)
                .filter(MatchCreated.class::isInstance).map(MatchCreated.class::cast).toList();
    }

    public List<MatchNotice> noticesOf(String user) {
        return notices.getOrDefault(user, List.of());
    }
}
