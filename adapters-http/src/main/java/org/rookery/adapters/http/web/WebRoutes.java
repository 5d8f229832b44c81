package org.rookery.adapters.http.web;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.staticcontent.StaticContentService;

/**
 * Registers what a browser reads: the OpenAPI document at {@code /openapi.json} and the browser
 * page with its scripts and styles (classpath {@code web/}, {@code index.html} at {@code /}).
 * Register it after the API routes: it answers every other GET. Stateless.
 */
public final class WebRoutes {
    private WebRoutes() {}

    public static void register(HttpRules routing) {
        routing.register(new OpenApiRoutes());
        routing.register("/", StaticContentService.builder("web").welcomeFileName("index.html").build());
    }
}
