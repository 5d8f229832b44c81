package org.rookery.client;

import java.util.UUID;
import java.util.function.Supplier;

/** Correlation ids ({@code X-Request-ID}): 1-128 visible ASCII characters, fresh ones random UUIDs. Stateless. */
final class RequestIds {
    static final String HEADER = "X-Request-ID";
    static final Supplier<String> FRESH = () -> UUID.randomUUID().toString();

    private RequestIds() {}

    static boolean isValid(String value) {
        if (value == null || value.isEmpty() || value.length() > 128) return false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x21 || c > 0x7e) return false;
        }
        return true;
    }

    static String require(String value) {
        if (!isValid(value)) throw new IllegalArgumentException("a request id must be 1-128 visible ASCII characters");
        return value;
    }
}
