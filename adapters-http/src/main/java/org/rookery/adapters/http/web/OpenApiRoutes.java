package org.rookery.adapters.http.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * {@code GET /openapi.json}: docs/openapi.yaml (packaged as a resource), converted to JSON once
 * at start-up. Thread-safe.
 */
final class OpenApiRoutes implements HttpService {
    static final String RESOURCE = "openapi/openapi.yaml";
    private final byte[] document;

    OpenApiRoutes() {
        this.document = load();
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/openapi.json", (req, res) -> {
            res.header(HeaderNames.CONTENT_TYPE, "application/json");
            res.send(document);
        });
    }

    /** The OpenAPI document as JSON. */
    static byte[] load() {
        try (InputStream in = OpenApiRoutes.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            Object tree = new ObjectMapper(new YAMLFactory()).readTree(in);
            return new ObjectMapper().writeValueAsBytes(tree);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
