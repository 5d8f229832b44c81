package org.rookery.adapters.http.rest;

import io.helidon.webserver.http.ServerRequest;
import org.rookery.adapters.http.problem.ApiProblemException;

/** Reads whole-number query parameters, refusing anything else with a 400 that names the parameter. Stateless. */
final class QueryParameters {
    private QueryParameters() {}

    /** The parameter's value, or {@code fallback} when it is absent. */
    static long number(ServerRequest req, String name, long fallback) {
        String text = req.query().first(name).orElse(null);
        if (text == null) return fallback;
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw ApiProblemException.badRequest("query parameter '" + name + "' must be a whole number, got '" + clip(text) + "'");
        }
    }

    private static String clip(String text) {
        return text.length() <= 32 ? text : text.substring(0, 32) + "…";
    }
}
