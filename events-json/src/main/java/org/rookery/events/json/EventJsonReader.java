package org.rookery.events.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.rookery.domain.chess.Color;
import org.rookery.domain.clock.TimeControl;
import org.rookery.domain.event.DrawDeclined;
import org.rookery.domain.event.DrawOffered;
import org.rookery.domain.event.EndReason;
import org.rookery.domain.event.EventEnvelope;
import org.rookery.domain.event.GameAborted;
import org.rookery.domain.event.GameCreated;
import org.rookery.domain.event.GameEnded;
import org.rookery.domain.event.GameEvent;
import org.rookery.domain.event.GameResult;
import org.rookery.domain.event.MatchCreated;
import org.rookery.domain.event.MatchEnvelope;
import org.rookery.domain.event.MovePlayed;
import org.rookery.domain.event.PlayerJoined;

/**
 * Reads envelopes from their JSON tree, strictly: every field the schema requires must be there
 * with its type, and an unknown type or schema version is refused (older versions are brought up
 * to date by the upcasters before this reads them). Stateless, so thread-safe.
 */
final class EventJsonReader {
    private EventJsonReader() {}

    static EventEnvelope gameEvent(JsonNode e) {
        String type = text(e, "type");
        int version = integer(e, "schemaVersion");
        GameEvent payload = gamePayload(type, version, object(e, "payload"));
        try {
            return new EventEnvelope(text(e, "eventId"), type, version, text(e, "gameId"), longValue(e, "seq"), instant(e, "occurredAt"),
                    text(e, "correlationId"), payload);
        } catch (IllegalArgumentException | NullPointerException invalid) {
            throw new UnreadableEventException(type + " envelope breaks its schema: " + invalid.getMessage(), invalid);
        }
    }

    static MatchEnvelope matchEvent(JsonNode e) {
        String type = text(e, "type");
        int version = integer(e, "schemaVersion");
        if (!type.equals(MatchCreated.TYPE)) throw new UnreadableEventException(UnreadableEventException.Reason.UNKNOWN_TYPE, "unknown matchmaking event type '" + type + "'", null);
        requireVersion(type, version, MatchCreated.SCHEMA_VERSION);
        JsonNode p = object(e, "payload");
        try {
            MatchCreated created = new MatchCreated(text(p, "matchId"), text(p, "whitePlayerId"), text(p, "blackPlayerId"), text(p, "gameId"),
                    timeControl(p), bool(p, "rated"), number(p, "whiteRating"), number(p, "blackRating"), instant(p, "createdAt"));
            return new MatchEnvelope(text(e, "eventId"), type, version, text(e, "matchId"), instant(e, "occurredAt"), text(e, "correlationId"),
                    created);
        } catch (IllegalArgumentException | NullPointerException invalid) {
            throw new UnreadableEventException(type + " breaks its schema: " + invalid.getMessage(), invalid);
        }
    }

    /** The schema version this build writes and reads for a game event type; 0 for a type it does not know. */
    static int currentGameEventVersion(String type) {
        return switch (type) {
            case GameCreated.TYPE -> GameCreated.SCHEMA_VERSION;
            case PlayerJoined.TYPE -> PlayerJoined.SCHEMA_VERSION;
            case MovePlayed.TYPE -> MovePlayed.SCHEMA_VERSION;
            case DrawOffered.TYPE -> DrawOffered.SCHEMA_VERSION;
            case DrawDeclined.TYPE -> DrawDeclined.SCHEMA_VERSION;
            case GameEnded.TYPE -> GameEnded.SCHEMA_VERSION;
            case GameAborted.TYPE -> GameAborted.SCHEMA_VERSION;
            default -> 0;
        };
    }

    /** The schema version this build writes and reads for a matchmaking event type; 0 for a type it does not know. */
    static int currentMatchEventVersion(String type) {
        return MatchCreated.TYPE.equals(type) ? MatchCreated.SCHEMA_VERSION : 0;
    }

    private static GameEvent gamePayload(String type, int version, JsonNode p) {
        try {
            return switch (type) {
                case MovePlayed.TYPE -> {
                    requireVersion(type, version, MovePlayed.SCHEMA_VERSION);
                    yield new MovePlayed(integer(p, "ply"), text(p, "uci"), text(p, "san"), text(p, "fen"), longValue(p, "whiteMs"),
                            longValue(p, "blackMs"), text(p, "moveId"));
                }
                case GameCreated.TYPE -> {
                    requireVersion(type, version, GameCreated.SCHEMA_VERSION);
                    yield new GameCreated(text(p, "createdBy"), nullableText(p, "white"), nullableText(p, "black"), timeControl(p),
                            bool(p, "rated"), text(p, "initialFen"));
                }
                case PlayerJoined.TYPE -> {
                    requireVersion(type, version, PlayerJoined.SCHEMA_VERSION);
                    yield new PlayerJoined(text(p, "userId"), color(p, "color"));
                }
                case DrawOffered.TYPE -> {
                    requireVersion(type, version, DrawOffered.SCHEMA_VERSION);
                    yield new DrawOffered(color(p, "by"));
                }
                case DrawDeclined.TYPE -> {
                    requireVersion(type, version, DrawDeclined.SCHEMA_VERSION);
                    yield new DrawDeclined(color(p, "by"));
                }
                case GameEnded.TYPE -> {
                    requireVersion(type, version, GameEnded.SCHEMA_VERSION);
                    yield new GameEnded(GameResult.fromNotation(text(p, "result")), EndReason.fromWireName(text(p, "reason")),
                            text(p, "white"), text(p, "black"), bool(p, "rated"), timeControl(p), text(p, "pgn"), text(p, "by"),
                            longValue(p, "whiteMs"), longValue(p, "blackMs"));
                }
                case GameAborted.TYPE -> {
                    requireVersion(type, version, GameAborted.SCHEMA_VERSION);
                    yield new GameAborted(text(p, "by"), longValue(p, "whiteMs"), longValue(p, "blackMs"));
                }
                default -> throw new UnreadableEventException(UnreadableEventException.Reason.UNKNOWN_TYPE, "unknown game event type '" + type + "'", null);
            };
        } catch (IllegalArgumentException | NullPointerException invalid) {
            throw new UnreadableEventException(type + " payload breaks its schema: " + invalid.getMessage(), invalid);
        }
    }

    private static void requireVersion(String type, int version, int known) {
        if (version != known) {
            throw new UnreadableEventException(UnreadableEventException.Reason.UNKNOWN_SCHEMA_VERSION,
                    type + " schema version " + version + " is unknown here (this build reads " + known + ")", null);
        }
    }

    private static JsonNode field(JsonNode node, String name) {
        JsonNode value = node.get(name);
        if (value == null) throw new UnreadableEventException("missing field '" + name + "'");
        return value;
    }

    private static JsonNode object(JsonNode node, String name) {
        JsonNode value = field(node, name);
        if (!value.isObject()) throw new UnreadableEventException("'" + name + "' must be an object");
        return value;
    }

    private static String text(JsonNode node, String name) {
        JsonNode value = field(node, name);
        if (!value.isTextual()) throw new UnreadableEventException("'" + name + "' must be a string");
        return value.textValue();
    }

    private static String nullableText(JsonNode node, String name) {
        JsonNode value = field(node, name);
        if (value.isNull()) return null;
        if (!value.isTextual()) throw new UnreadableEventException("'" + name + "' must be a string or null");
        return value.textValue();
    }

    private static long longValue(JsonNode node, String name) {
        JsonNode value = field(node, name);
        if (!value.isIntegralNumber() || !value.canConvertToLong()) throw new UnreadableEventException("'" + name + "' must be an integer");
        return value.longValue();
    }

    private static int integer(JsonNode node, String name) {
        JsonNode value = field(node, name);
        if (!value.isIntegralNumber() || !value.canConvertToInt()) throw new UnreadableEventException("'" + name + "' must be a 32-bit integer");
        return value.intValue();
    }

    private static double number(JsonNode node, String name) {
        JsonNode value = field(node, name);
        if (!value.isNumber()) throw new UnreadableEventException("'" + name + "' must be a number");
        return value.doubleValue();
    }

    private static boolean bool(JsonNode node, String name) {
        JsonNode value = field(node, name);
        if (!value.isBoolean()) throw new UnreadableEventException("'" + name + "' must be true or false");
        return value.booleanValue();
    }

    private static Instant instant(JsonNode node, String name) {
        try {
            return Instant.parse(text(node, name));
        } catch (DateTimeParseException e) {
            throw new UnreadableEventException("'" + name + "' must be an ISO-8601 instant", e);
        }
    }

    private static Color color(JsonNode node, String name) {
        String wire = text(node, name);
        for (Color c : Color.values()) if (c.wireName().equals(wire)) return c;
        throw new UnreadableEventException("'" + name + "' must be white or black, got '" + wire + "'");
    }

    private static TimeControl timeControl(JsonNode node) {
        JsonNode tc = object(node, "timeControl");
        return new TimeControl(longValue(tc, "initialMs"), longValue(tc, "incrementMs"));
    }
}
