package org.rookery.application.admission;

import java.util.EnumMap;
import java.util.Map;
import org.rookery.ports.in.LimitedAction;
import org.rookery.ports.out.RateLimiter.Limit;

/**
 * The rate limits per action, per user and per client address (absent = unlimited). The
 * defaults let a 1-minute bullet game with premoves through with room to spare (a player moves
 * at most a few times a second) while stopping scripted floods. Immutable.
 */
public record RateLimitPolicy(Map<LimitedAction, Limit> perUser, Map<LimitedAction, Limit> perAddress) {
    public static final RateLimitPolicy DEFAULTS = new RateLimitPolicy(
            Map.of(LimitedAction.MOVE, Limit.perSecond(10, 20), LimitedAction.VALIDATE, Limit.perSecond(20, 40),
                    LimitedAction.CREATE_GAME, Limit.perSecond(2, 10), LimitedAction.ANALYZE, Limit.perSecond(1, 5)),
            Map.of(LimitedAction.MOVE, Limit.perSecond(100, 200), LimitedAction.VALIDATE, Limit.perSecond(200, 400),
                    LimitedAction.CREATE_GAME, Limit.perSecond(10, 30), LimitedAction.GUEST_TOKEN, Limit.perSecond(1, 20),
                    LimitedAction.JOIN_QUEUE, Limit.perSecond(5, 20), LimitedAction.READ_RATINGS, Limit.perSecond(20, 100),
                    LimitedAction.ANALYZE, Limit.perSecond(5, 20),

                    LimitedAction.READ_HISTORY, Limit.perSecond(10, 50)));

    public static final RateLimitPolicy UNLIMITED = new RateLimitPolicy(Map.of(), Map.of());

    public RateLimitPolicy {
        perUser = Map.copyOf(perUser);
        perAddress = Map.copyOf(perAddress);
    }

    /** This policy with one limit replaced (null removes it). */
    public RateLimitPolicy with(LimitedAction action, boolean byUser, Limit limit) {
        Map<LimitedAction, Limit> changed = new EnumMap<>(LimitedAction.class);
        changed.putAll(byUser ? perUser : perAddress);
        if (limit == null) changed.remove(action);
        else changed.put(action, limit);
        return byUser ? new RateLimitPolicy(changed, perAddress) : new RateLimitPolicy(perUser, changed);
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
