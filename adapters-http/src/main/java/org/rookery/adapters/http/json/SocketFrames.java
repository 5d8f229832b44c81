package org.rookery.adapters.http.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.rookery.adapters.http.json.GameWireFormat.GameJson;
import org.rookery.domain.event.EventEnvelope;

/** The WebSocket frames of API.md, as records Jackson writes. Stateless. */
public final class SocketFrames {
    private SocketFrames() {}

    /** Client → server: every command shares one shape; fields a type does not use stay null. */
    public record ClientFrame(String type, String moveId, Integer ply, String uci, Long lastSeq, String requestId) {}

    public record Snapshot(String type, long seq, GameJson game) {
        public Snapshot(long seq, GameJson game) {
            this("snapshot", seq, game);
        }
    }

    public record Event(String type, long seq, EventEnvelope event) {
        public Event(EventEnvelope event) {
            this("event", event.seq(), event);
        }
    }

    public record Ack(String type, String moveId, long seq) {
        public Ack(String moveId, long seq) {
            this("ack", moveId, seq);
        }
    }

    /** An error; the connection stays open unless a close frame follows. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Error(String type, String code, String message, String moveId, Long lastSeq) {
        public static Error of(String code, String message, String moveId) {
            return new Error("error", code, message, moveId, null);
        }

        public static Error tooFarBehind(long lastSeq) {
            return new Error("error", "too_far_behind", "you fell too far behind: send {\"type\":\"resume\",\"lastSeq\":N}", null, lastSeq);
        }
    }

    public record Pong(String type) {
        public static final Pong INSTANCE = new Pong("pong");
    }
}
