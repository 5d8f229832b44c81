package org.rookery.adapters.http.problem;

import java.util.Locale;

/**
 * An RFC 9457 problem detail as the API sends it: {@code type}, {@code title}, {@code status},
 * {@code detail}, the stable {@code code} and the request id it answers. Immutable.
 */
record Problem(String type, String title, int status, String detail, String code, String requestId) {
    /** The prefix of every problem type; the code completes it, so a type names one kind of problem forever. */
    static final String TYPE_PREFIX = "urn:rookery:problem:";

    static Problem of(int status, String code, String detail, String requestId) {
        return new Problem(TYPE_PREFIX + code, title(code), status, detail, code, requestId);
    }

    static Problem of(ApiProblemException e, String requestId) {
        return of(e.status(), e.code(), e.detail(), requestId);
    }

    /** {@code "not_your_turn"} → {@code "Not your turn"}. */
    static String title(String code) {
        String words = code.replace('_', ' ');
        return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }
}
