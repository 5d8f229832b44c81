package org.rookery.adapters.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;

/**
 * Headless Chromium driven through chromedriver's W3C WebDriver HTTP protocol: navigate, click,
 * run scripts, take screenshots. Enough for the browser test without a WebDriver library.
 * A test fixture; close it to end the browser and chromedriver.
 */
final class WebDriverSession implements AutoCloseable {
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final String ELEMENT = "element-6066-11e4-a52e-4f735466cecf";
    private final HttpClient http = HttpClient.newHttpClient();
    private final Process driver;
    private final URI base;
    private final String session;

    static boolean available() {
        return Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM);
    }

    WebDriverSession() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        driver = new ProcessBuilder(CHROMEDRIVER.toString(), "--port=" + port).redirectErrorStream(true)
                .redirectOutput(Path.of("target", "chromedriver.log").toFile()).start();
        base = URI.create("http://127.0.0.1:" + port);
        waitUntil(() -> {
            try {
                return call("GET", "/status", null).path("value").path("ready").asBoolean();
            } catch (RuntimeException notYet) {
                return false;
            }
        }, Duration.ofSeconds(20), "chromedriver to start");
        JsonNode created = call("POST", "/session", Map.of("capabilities", Map.of("alwaysMatch", Map.of(
                "browserName", "chrome",
                "goog:chromeOptions", Map.of("binary", CHROMIUM.toString(), "args", List.of("--headless=new", "--no-sandbox",
                        "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1100,800"))))));
        session = created.path("value").path("sessionId").asText();
    }

    void open(String url) {
        call("POST", "/session/" + session + "/url", Map.of("url", url));
    }

    void click(String css) {
        String element = call("POST", "/session/" + session + "/element", Map.of("using", "css selector", "value", css))
                .path("value").path(ELEMENT).asText();
        call("POST", "/session/" + session + "/element/" + element + "/click", Map.of());
    }

    JsonNode script(String js, Object... args) {
        return call("POST", "/session/" + session + "/execute/sync", Map.of("script", js, "args", List.of(args))).path("value");
    }

    String text(String css) {
        return script("const e = document.querySelector(arguments[0]); return e ? e.textContent : null;", css).asText();
    }

    /** Polls the page until {@code condition} holds for the script's result, or fails with what it last saw. */
    JsonNode await(String js, Predicate<JsonNode> condition, String what) {
        JsonNode[] last = {null};
        waitUntil(() -> condition.test(last[0] = script(js)), Duration.ofSeconds(20), what + " (last seen: " + last[0] + ")");
        return last[0];
    }

    void screenshot(Path file) throws IOException {
        String png = call("GET", "/session/" + session + "/screenshot", null).path("value").asText();
        Files.write(file, Base64.getDecoder().decode(png));
    }

    private JsonNode call(String method, String path, Object body) {
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60));
            b.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(TestPlatform.JSON.writeValueAsString(body)));
            if (body != null) b.header("Content-Type", "application/json");
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode json = TestPlatform.json(r.body());
            if (r.statusCode() >= 400) throw new IllegalStateException("WebDriver " + method + " " + path + ": " + r.body());
            return json;
        } catch (IOException e) {
            throw new IllegalStateException("WebDriver " + method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition, Duration timeout, String what) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) throw new AssertionError("timed out waiting for " + what);
            LockSupport.parkNanos(50_000_000);
        }
    }

    @Override
    public void close() {
        try {
            if (session != null) call("DELETE", "/session/" + session, null);
        } catch (RuntimeException ignored) {
            // the browser is gone already
        } finally {
            driver.destroy();
        }
    }
}
