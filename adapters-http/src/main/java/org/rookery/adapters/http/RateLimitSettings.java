package org.rookery.adapters.http;

import java.util.EnumMap;
import java.util.Map;
import org.rookery.ports.out.RateLimiter.Limit;

/**
 * The rate limits per action, per user and per client IP (absent = unlimited). The defaults let
 * a 1-minute bullet game with premoves through with room to spare (a player moves at most a few
 * times a second) while stopping scripted floods. Immutable.
 */
public record RateLimitSettings(Map<Action, Limit> perUser, Map<Action, Limit> perIp) {
    /** What is limited. */
    public enum Action {
        MOVE("move"),
        VALIDATE("validate"),
        CREATE_GAME("create_game"),
        GUEST_TOKEN("guest_token"),
        /** Matchmaking joins; each user is also held to one join per join interval by matchmaking itself. */
        JOIN_QUEUE("join_queue"),
        /** Leaderboard and rating reads. */
        READ_RATINGS("read_ratings");

        private final String key;

        Action(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    public static final RateLimitSettings DEFAULTS = new RateLimitSettings(
            Map.of(Action.MOVE, Limit.perSecond(10, 20), Action.VALIDATE, Limit.perSecond(20, 40),
                    Action.CREATE_GAME, Limit.perSecond(2, 10)),
            Map.of(Action.MOVE, Limit.perSecond(100, 200), Action.VALIDATE, Limit.perSecond(200, 400),
                    Action.CREATE_GAME, Limit.perSecond(10, 30), Action.GUEST_TOKEN, Limit.perSecond(1, 20),
                    Action.JOIN_QUEUE, Limit.perSecond(5, 20), Action.READ_RATINGS, Limit.perSecond(20, 100)));

    public static final RateLimitSettings UNLIMITED = new RateLimitSettings(Map.of(), Map.of());

    public RateLimitSettings {
        perUser = Map.copyOf(perUser);
        perIp = Map.copyOf(perIp);
    }

    /** These settings with one limit replaced (null removes it). */
    public RateLimitSettings with(Action action, boolean byUser, Limit limit) {
        Map<Action, Limit> changed = new EnumMap<>(Action.class);
        changed.putAll(byUser ? perUser : perIp);
        if (limit == null) changed.remove(action);
        else changed.put(action, limit);
        return byUser ? new RateLimitSettings(changed, perIp) : new RateLimitSettings(perUser, changed);
    }

    /** Parses {@code "10/s:20"} (10 a second, bursts of 20) or {@code "off"}; null for "off". */
    public static Limit parse(String text) {
        if (text.equalsIgnoreCase("off")) return null;
        String[] parts = text.split(":", -1);
        if (parts.length != 2 || !parts[0].endsWith("/s")) {
            throw new IllegalArgumentException("a rate limit looks like '10/s:20' (10 a second, bursts of 20) or 'off', not '" + text + "'");
        }
        try {
            return Limit.perSecond(Double.parseDouble(parts[0].substring(0, parts[0].length() - 2)), Integer.parseInt(parts[1]));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("a rate limit looks like '10/s:20', not '" + text + "'", e);
        }
    }
}
