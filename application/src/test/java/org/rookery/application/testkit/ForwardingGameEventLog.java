package org.rookery.application.testkit;

import java.util.List;
import org.rookery.domain.event.EventEnvelope;
import org.rookery.ports.out.GameEventLog;
import org.rookery.ports.out.LoggedEvent;

/** A {@link GameEventLog} that hands every call to another one; tests override a method to plant a failure or watch a call. */
public class ForwardingGameEventLog implements GameEventLog {
    protected final GameEventLog log;

    public ForwardingGameEventLog(GameEventLog log) {
        this.log = log;
    }

    @Override
    public void append(String gameId, long expectedSeq, List<EventEnvelope> events) {
        log.append(gameId, expectedSeq, events);
    }

    @Override
    public List<EventEnvelope> readAfter(String gameId, long afterSeq) {
        return log.readAfter(gameId, afterSeq);
    }

    @Override
    public long lastSeq(String gameId) {
        return log.lastSeq(gameId);
    }

    @Override
    public List<LoggedEvent> readAll(long afterPosition, int max) {
        return log.readAll(afterPosition, max);
    }

    @Override
    public long endPosition() {
        return log.endPosition();
    }
}
