package org.rookery.adapters.http.observability;

import java.util.UUID;

/**
 * A request's correlation id (API.md): the caller's {@code X-Request-ID} when it is 1 to 128
 * visible ASCII characters, otherwise a fresh one. It is echoed on the response, written in the
 * logs and carried by every event the request records. Immutable.
 */
public record RequestId(String value) {
    public static final String HEADER = "X-Request-ID";
    public static final int MAX_LENGTH = 128;

    public RequestId {
        if (!isValid(value)) throw new IllegalArgumentException("not a valid request id");
    }

    /** The caller's id if it is valid, else a new one. */
    public static RequestId fromHeader(String header) {
        return isValid(header) ? new RequestId(header) : fresh();
    }

    public static RequestId fresh() {
        return new RequestId(UUID.randomUUID().toString());
    }

    public static boolean isValid(String value) {
        if (value == null || value.isEmpty() || value.length() > MAX_LENGTH) return false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x21 || c > 0x7e) return false;
        }
        return true;
    }
}
