package org.rookery.adapters.http.observability;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.ServerRequest;

/**
 * The route template that answered a request ({@code /v1/games/{gameId}/moves}), for metric labels
 * and span names. Helidon 4.2 keeps the pattern a request matched to itself (a later version adds
 * {@code ServerRequest.matchingPattern()}), so the routes are registered through
 * {@link #labelling(HttpRules)}: every handler then notes its template in the request's context
 * before it runs. A request no route took (404, 405, refused by a filter) is {@link #UNMATCHED}:
 * the raw path, which a client chooses, is never a label. Stateless.
 */
public final class RouteTemplates {
    /** The label of a request that no route answered. */
    public static final String UNMATCHED = "unmatched";

    private RouteTemplates() {}

    /** Rules that register into {@code rules}, with every handler of every service noting its template. */
    public static HttpRules labelling(HttpRules rules) {
        return new TemplateRules(rules, "");
    }

    /** The template of the route that answered, or {@link #UNMATCHED}. */
    public static String of(ServerRequest req) {
        return req.context().get(TemplateRules.KEY, String.class).orElse(UNMATCHED);
    }
}
