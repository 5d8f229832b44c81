package org.rookery.application.testkit;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;
import org.rookery.adapters.memory.InMemoryMatchNotifier;
import org.rookery.adapters.memory.InMemoryMatchRetryQueue;
import org.rookery.adapters.memory.InMemoryRatingStore;
import org.rookery.application.matchmaking.MatchmakingServices;
import org.rookery.application.matchmaking.MatchmakingSettings;
import org.rookery.domain.event.MatchCreated;
import org.rookery.ports.in.JoinRequest;
import org.rookery.ports.in.answer.JoinAnswer;
import org.rookery.ports.out.GameCreationException;
import org.rookery.ports.out.LoggedMatchEvent;
import org.rookery.ports.out.MatchGameCreator;
import org.rookery.ports.out.notice.MatchNotice;

/**
 * Matchmaking of a {@link InMemoryPlatform#manual() manual} in-memory platform, creating real games
 * on its live-game service, with a switch that makes game creation fail. A test fixture, not
 * thread-safe to configure.
 */
public final class MatchmakingKit {
    public final LiveGameKit live;
    public final InMemoryMatchRetryQueue retries;
    public final InMemoryMatchNotifier notifier;
    public final InMemoryRatingStore ratings;
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

    /** With {@code decorate} in front of the in-process creator (null: the in-process one, behind the down switch). */
    public MatchmakingKit(MatchmakingSettings settings, UnaryOperator<MatchGameCreator> decorate) {
        live = new LiveGameKit(b -> b.matchmakingSettings(settings).gameCreator(inProcess -> {
            MatchGameCreator switchable = request -> {
                creationCalls++;
                if (liveGameDown) throw GameCreationException.unavailable("live-game unreachable", null);
                return inProcess.createGame(request);
            };
            return decorate == null ? switchable : decorate.apply(switchable);
        }));
        retries = live.platform.retries;
        notifier = live.platform.notifier;
        ratings = live.platform.ratingStore;
        matchmaking = live.platform.matchmaking;
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
        live.platform.pass(duration);
    }

    /** Every MatchCreated in matchmaking's event log, in log order. */
    public List<MatchCreated> matchesCreated() {
        return live.platform.matchLog.readAll(0, 100_000).stream().map(LoggedMatchEvent::event)
                .map(e -> (MatchCreated) e.payload()).toList();
    }

    public List<MatchNotice> noticesOf(String user) {
        return notices.getOrDefault(user, List.of());
    }
}
