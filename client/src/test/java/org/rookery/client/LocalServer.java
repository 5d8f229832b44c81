package org.rookery.client;

import io.helidon.webserver.WebServer;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.rookery.adapters.http.HttpApi;
import org.rookery.adapters.http.HttpApiParts;
import org.rookery.adapters.http.HttpSettings;
import org.rookery.adapters.http.usecase.LiveGameApi;
import org.rookery.adapters.memory.InMemoryGameEventLog;
import org.rookery.application.admission.RateLimitPolicy;
import org.rookery.application.admission.RateLimitService;
import org.rookery.application.game.LiveGameService;
import org.rookery.application.testkit.InMemoryPlatform;
import org.rookery.application.validation.MoveValidationService;

/**
 * The real server (HTTP adapter on the in-memory platform) on a free port, which a test can take
 * down and bring back on the same port with the games intact, like a network outage. A test fixture.
 */
final class LocalServer implements AutoCloseable {
    private final InMemoryPlatform platform = InMemoryPlatform.system().start();
    final InMemoryGameEventLog log = platform.eventLog;
    private final HttpApi api;
    private WebServer server;
    private final int port;

    LocalServer() {
        LiveGameService service = platform.live;
        api = new HttpApi(new HttpApiParts(LiveGameApi.of(service, new MoveValidationService(service)),
                new RateLimitService(platform.rateLimiter, RateLimitPolicy.UNLIMITED), platform.time,
                "client-test-secret-of-32-bytes-or-more".getBytes(StandardCharsets.UTF_8), new PrometheusRegistry(), () -> true,
                HttpSettings.DEFAULTS.withPort(0)));
        server = api.start();
        port = server.port();
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + port);
    }

    /** Stops serving: every connection drops, new ones are refused. */
    void goDown() {
        server.stop();
    }

    /** Serves again on the same port, same games. */
    void comeBack() {
        server = api.configure(WebServer.builder()).port(port).build().start();
    }

    @Override
    public void close() {
        server.stop();
        api.close();
        platform.close();
    }
}
