package org.rookery.adapters.http.observability;

import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;

/**
 * The route template that answered a request ({@code /v1/games/{gameId}/moves}), for metric labels
 * and span names. Helidon 4.2 keeps the pattern a request matched to itself, so the routes are
 * registered through {@link #labelling(HttpRules)}: every handler then notes its template in the
 * request's context before it runs. A request no route took (404, 405, refused by a filter) is
 * {@link #UNMATCHED}: the raw path, which a client chooses, is never a label. Stateless.
 */
public final class RouteTemplates {
    /** The label of a request that no route answered. */
    public static final String UNMATCHED = "unmatched";
    private static final Object KEY = RouteTemplates.class.getName();

    private RouteTemplates() {}

    /** Rules that register into {@code rules}, with every handler of every service noting its template. */
    public static HttpRules labelling(HttpRules rules) {
        return new TemplateRules(rules, "");
    }

    /** The template of the route that answered, or {@link #UNMATCHED}. */
    public static String of(ServerRequest req) {
        return req.context().get(KEY, String.class).orElse(UNMATCHED);
    }

    static HttpService labelled(HttpService service, String prefix) {
        return new HttpService() {
            @Override
            public void routing(HttpRules rules) {
                service.routing(new TemplateRules(rules, prefix));
            }

            @Override
            public void beforeStart() {
                service.beforeStart();
            }

            @Override
            public void afterStart(io.helidon.webserver.WebServer server) {
                service.afterStart(server);
            }

            @Override
            public void afterStop() {
                service.afterStop();
            }
        };
    }

    static Handler marking(String template, Handler handler) {
        return new Handler() {
            @Override
            public void handle(io.helidon.webserver.http.ServerRequest req, io.helidon.webserver.http.ServerResponse res) throws Exception {
                req.context().register(KEY, template);
                handler.handle(req, res);
            }

            @Override
            public void beforeStart() {
                handler.beforeStart();
            }

            @Override
            public void afterStart(io.helidon.webserver.WebServer server) {
                handler.afterStart(server);
            }

            @Override
            public void afterStop() {
                handler.afterStop();
            }
        };
    }

    /** {@code prefix} and {@code pattern} joined with one slash between them. */
    static String join(String prefix, String pattern) {
        if (prefix.isEmpty()) return pattern;
        if (prefix.endsWith("/") && pattern.startsWith("/")) return prefix + pattern.substring(1);
        if (!prefix.endsWith("/") && !pattern.startsWith("/")) return prefix + "/" + pattern;
        return prefix + pattern;
    }
}
