package org.rookery.adapters.http.rest;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.rookery.adapters.http.auth.BearerAuthentication;
import org.rookery.adapters.http.problem.ApiProblemException;

/**
 * {@code GET /metrics}: the Prometheus text format, only for a caller that shows the metrics
 * token ({@code Authorization: Bearer <token>}); everyone else gets 401, and with no token
 * configured nobody scrapes. Thread-safe.
 */
final class MetricsRoutes implements HttpService {
    private final PrometheusRegistry registry;
    private final byte[] token;
    private final PrometheusTextFormatWriter writer = PrometheusTextFormatWriter.create();

    MetricsRoutes(PrometheusRegistry registry, String token) {
        this.registry = registry;
        this.token = token.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/metrics", this::scrape);
    }

    private void scrape(ServerRequest req, ServerResponse res) {
        String shown = BearerAuthentication.token(req.headers().first(HeaderNames.AUTHORIZATION).orElse(null), null).orElse("");
        if (token.length == 0 || !MessageDigest.isEqual(token, shown.getBytes(StandardCharsets.UTF_8))) {
            throw ApiProblemException.unauthorized("/metrics needs Authorization: Bearer <metrics token>");
        }
        var out = new ByteArrayOutputStream(16 * 1024);
        try {
            writer.write(out, registry.scrape());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        res.header(HeaderNames.CONTENT_TYPE, writer.getContentType());
        res.send(out.toByteArray());
    }
}
