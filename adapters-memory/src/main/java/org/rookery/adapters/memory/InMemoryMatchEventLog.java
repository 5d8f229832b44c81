package org.rookery.adapters.memory;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.rookery.domain.event.MatchEnvelope;
import org.rookery.ports.out.LoggedMatchEvent;
import org.rookery.ports.out.MatchEventLog;

/** Matchmaking's event stream in memory, for the life of the process. Thread-safe. */
public final class InMemoryMatchEventLog implements MatchEventLog {
    private final GlobalOrder<MatchEnvelope> events = new GlobalOrder<>();
    private final Set<String> stored = ConcurrentHashMap.newKeySet(); // matchId + type

    @Override
    public boolean append(MatchEnvelope event) {
        String key = event.matchId() + '\u0000' + event.type();
        return events.append(List.of(event), () -> stored.add(key));
    }

    @Override
    public List<LoggedMatchEvent> readAll(long afterPosition, int max) {
        return events.readAfter(afterPosition, max, LoggedMatchEvent::new);
    }

    @Override
    public long endPosition() {
        return events.end();
    }
}
