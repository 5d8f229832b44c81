package org.rookery.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.rookery.application.admission.RateLimitPolicy;

/**
 * No client can grow /metrics: every label value comes from a closed set. Invented methods are
 * counted as {@code OTHER}, invented paths are no label at all, and thousands of such requests
 * leave the scrape the size it was.
 */
class MetricLabelsTest {
    static final TestPlatform platform = TestPlatform.start(HttpSettings.DEFAULTS.withMetricsToken("m"), RateLimitPolicy.UNLIMITED);
    private static final Pattern METHOD_LABEL = Pattern.compile("method=\"([^\"]*)\"");
    private static final Pattern ROUTE_LABEL = Pattern.compile("route=\"([^\"]*)\"");

    @AfterAll
    static void stop() {
        platform.close();
    }

    private static String scrape() {
        HttpResponse<String> r = platform.send(platform.request("/metrics", "m").GET());
        assertThat(r.statusCode()).isEqualTo(200);
        return r.body();
    }

    /** The names and labels of the adapter's series, without their values. */
    private static java.util.List<String> series(String scrape) {
        return scrape.lines().filter(l -> l.startsWith("rookery_")).map(l -> l.substring(0, l.lastIndexOf(' '))).toList();
    }

    private static int invent(int i) {
        return platform.send(platform.request("/made/up/path/" + i + "?q=" + i, null)
                .method("INVENTED" + i, HttpRequest.BodyPublishers.noBody())).statusCode();
    }

    @Test
    void thousands_of_invented_methods_and_paths_leave_the_scrape_the_size_it_was() {
        assertThat(invent(0)).isBetween(400, 499); // the OTHER series now exist
        platform.get("/made/up/" + 0, null);
        platform.get("/v1/games/made-up-0", null);
        scrape(); // so that the scrape's own GET 200 is counted in what comes next
        String before = scrape();
        for (int i = 1; i <= 3_000; i++) {
            assertThat(invent(i)).isBetween(400, 499);
            if (i % 10 == 0) platform.get("/made/up/" + i, null);
            if (i % 10 == 5) assertThat(platform.get("/v1/games/made-up-" + i, null).statusCode()).isEqualTo(404);
        }
        String after = scrape();
        // no series is added: the same rookery_ lines, their counts grown by a few digits (the JVM's own metrics wobble a little)
        assertThat(series(after)).isEqualTo(series(before));
        assertThat(after.length() - before.length()).isLessThan(2_048);
        assertThat(after).doesNotContain("INVENTED").doesNotContain("/made/up").doesNotContain("made-up-");
        Matcher methods = METHOD_LABEL.matcher(after);
        while (methods.find()) assertThat(methods.group(1)).isIn("GET", "HEAD", "POST", "PUT", "DELETE", "CONNECT", "OPTIONS", "TRACE", "PATCH", "OTHER");
        assertThat(after).contains("rookery_http_requests_total{method=\"OTHER\",route=\"unmatched\",status=\"4xx\"}");
        Matcher routes = ROUTE_LABEL.matcher(after);
        while (routes.find()) assertThat(routes.group(1)).matches("unmatched|/[A-Za-z0-9/{}.*+-]*");
    }
}
