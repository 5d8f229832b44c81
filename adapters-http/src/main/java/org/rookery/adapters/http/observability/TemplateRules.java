package org.rookery.adapters.http.observability;

import io.helidon.http.Method;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.HttpRoute;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.Arrays;

/**
 * Routing rules that pass everything on to Helidon's and wrap what they register so that each
 * handler notes its path template ({@link RouteTemplates}): services are wrapped with their
 * prefix, handlers registered by pattern are wrapped with it. A prebuilt {@link HttpRoute} keeps
 * its pattern to itself and goes through unlabelled. Not thread-safe (used while routing is built).
 */
final class TemplateRules implements HttpRules {
    /** The request-context key of the template. */
    static final Object KEY = "org.rookery.adapters.http.route-template";
    private final HttpRules rules;
    private final String prefix;

    TemplateRules(HttpRules rules, String prefix) {
        this.rules = rules;
        this.prefix = prefix;
    }

    @Override
    public HttpRules register(HttpService... services) {
        rules.register(Arrays.stream(services).map(s -> new LabelledRoutes(s, prefix)).toArray(HttpService[]::new));
        return this;
    }

    @Override
    public HttpRules register(String path, HttpService... services) {
        String nested = join(prefix, path);
        rules.register(path, Arrays.stream(services).map(s -> new LabelledRoutes(s, nested)).toArray(HttpService[]::new));
        return this;
    }

    @Override
    public HttpRules route(HttpRoute route) {
        rules.route(route);
        return this;
    }

    @Override
    public HttpRules route(Method method, String pattern, Handler handler) {
        rules.route(method, pattern, mark(pattern, handler)[0]);
        return this;
    }

    @Override
    public HttpRules get(String pattern, Handler... handlers) {
        rules.get(pattern, mark(pattern, handlers));
        return this;
    }

    @Override
    public HttpRules post(String pattern, Handler... handlers) {
        rules.post(pattern, mark(pattern, handlers));
        return this;
    }

    @Override
    public HttpRules put(String pattern, Handler... handlers) {
        rules.put(pattern, mark(pattern, handlers));
        return this;
    }

    @Override
    public HttpRules delete(String pattern, Handler... handlers) {
        rules.delete(pattern, mark(pattern, handlers));
        return this;
    }

    @Override
    public HttpRules head(String pattern, Handler... handlers) {
        rules.head(pattern, mark(pattern, handlers));
        return this;
    }

    @Override
    public HttpRules options(String pattern, Handler... handlers) {
        rules.options(pattern, mark(pattern, handlers));
        return this;
    }

    @Override
    public HttpRules trace(String pattern, Handler... handlers) {
        rules.trace(pattern, mark(pattern, handlers));
        return this;
    }

    @Override
    public HttpRules patch(String pattern, Handler... handlers) {
        rules.patch(pattern, mark(pattern, handlers));
        return this;
    }

    @Override
    public HttpRules any(String pattern, Handler... handlers) {
        rules.any(pattern, mark(pattern, handlers));
        return this;
    }

    private Handler[] mark(String pattern, Handler... handlers) {
        String template = join(prefix, pattern);
        return Arrays.stream(handlers).map(h -> new MarkedHandler(template, h)).toArray(Handler[]::new);
    }

    /** {@code prefix} and {@code pattern} joined with one slash between them. */
    static String join(String prefix, String pattern) {
        if (prefix.isEmpty()) return pattern;
        if (prefix.endsWith("/") && pattern.startsWith("/")) return prefix + pattern.substring(1);
        if (!prefix.endsWith("/") && !pattern.startsWith("/")) return prefix + "/" + pattern;
        return prefix + pattern;
    }

    /** A service whose routes are registered through labelling rules under {@code prefix}. */
    private record LabelledRoutes(HttpService service, String prefix) implements HttpService {
        @Override
        public void routing(HttpRules rules) {
            service.routing(new TemplateRules(rules, prefix));
        }

        @Override
        public void beforeStart() {
            service.beforeStart();
        }

        @Override
        public void afterStart(WebServer server) {
            service.afterStart(server);
        }

        @Override
        public void afterStop() {
            service.afterStop();
        }
    }

    /** A handler that notes its template in the request context, then runs. */
    private record MarkedHandler(String template, Handler handler) implements Handler {
        @Override
        public void handle(ServerRequest req, ServerResponse res) throws Exception {
            req.context().register(KEY, template);
            handler.handle(req, res);
        }

        @Override
        public void beforeStart() {
            handler.beforeStart();
        }

        @Override
        public void afterStart(WebServer server) {
            handler.afterStart(server);
        }

        @Override
        public void afterStop() {
            handler.afterStop();
        }
    }
}
