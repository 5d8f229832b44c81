package org.rookery.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** The API's JSON shapes as records; unknown fields are ignored so newer servers stay compatible. Stateless. */
public final class Models {
    private Models() {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Guest(String userId, String token, String expiresAt) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record TimeControl(long initialMs, long incrementMs) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Clock(long whiteMs, long blackMs, String turn, boolean running) {}

    /** API.md's game object. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Game(String gameId, String status, String white, String black, String fen, List<String> moves, long seq,
            Clock clock, String result, String reason, TimeControl timeControl, boolean rated, String createdAt,
            String drawOfferBy) {
        /** Half-moves played: the {@code ply} the next move must carry. */
        public int ply() {
            return moves.size();
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record MoveResult(long seq, int ply, String uci, String san, String fen, Clock clock, String status) {}

    /** An event envelope; the payload stays a JSON tree, since its shape depends on the type. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record GameEvent(String eventId, String type, int schemaVersion, String gameId, long seq, String occurredAt,
            String correlationId, JsonNode payload) {}

    /** What {@code POST /v1/games} takes. */
    public record CreateGame(TimeControl timeControl, String color, boolean rated, String fen) {
        public static CreateGame of(long initialMs, long incrementMs, String color) {
            return new CreateGame(new TimeControl(initialMs, incrementMs), color, false, null);
        }
    }
}
