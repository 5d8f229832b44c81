package org.rookery.adapters.http.observability;

import java.util.Locale;

/** The kinds of abuse the adapter counts and logs at a bounded rate. */
public enum Abuse {
    /** A request or frame refused by a rate limit. */
    RATE_LIMITED,
    /** A bearer token that is malformed, forged, expired or of another issuer. */
    BAD_TOKEN,
    /** A WebSocket connection closed for flooding frames. */
    FRAME_FLOOD;

    /** The metric label: {@code rate_limited}, {@code bad_token}, {@code frame_flood}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
