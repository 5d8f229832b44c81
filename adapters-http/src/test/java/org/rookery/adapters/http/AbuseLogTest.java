package org.rookery.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.rookery.adapters.http.observability.Abuse;
import org.rookery.adapters.http.observability.AbuseLog;
import org.rookery.adapters.http.observability.HttpMetrics;

/** A flood of abuse costs the log a few lines per interval, and the count of what was left out; the metric counts every one. */
class AbuseLogTest {
    private final AtomicLong now = new AtomicLong(123_456_789L);
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final PrometheusRegistry registry = new PrometheusRegistry();
    private final AbuseLog abuse = new AbuseLog(new HttpMetrics(registry), 5, Duration.ofSeconds(10), now::get, new ListLogger(lines));

    @Test
    void a_flood_writes_at_most_the_lines_of_each_interval_then_says_how_many_it_left_out() {
        for (int i = 0; i < 10_000; i++) {
            abuse.record(Abuse.RATE_LIMITED, () -> "move refused");
            now.addAndGet(100_000); // 10,000 in one second
        }
        assertThat(lines).hasSize(5);
        now.addAndGet(Duration.ofSeconds(10).toNanos());
        for (int i = 0; i < 1_000; i++) abuse.record(Abuse.BAD_TOKEN, () -> "forged token");
        assertThat(lines).hasSize(10);
        assertThat(lines.get(5)).contains("bad_token").contains("9995 more abuse lines left out");
        assertThat(lines.get(6)).doesNotContain("left out");
        var out = new java.io.ByteArrayOutputStream();
        try {
            io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter.create().write(out, registry.scrape());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        MetricsScrape scraped = new MetricsScrape(out.toString(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(scraped.value("rookery_abuse_total{kind=\"rate_limited\"}")).isEqualTo(10_000);
        assertThat(scraped.value("rookery_abuse_total{kind=\"bad_token\"}")).isEqualTo(1_000);
    }

    @Test
    void a_message_is_not_even_built_when_its_line_is_left_out() {
        for (int i = 0; i < 5; i++) abuse.record(Abuse.FRAME_FLOOD, () -> "flood");
        abuse.record(Abuse.FRAME_FLOOD, () -> {
            throw new AssertionError("built a message that is not written");
        });
        assertThat(lines).hasSize(5);
    }

    /** A System.Logger that keeps its lines. */
    private record ListLogger(List<String> lines) implements System.Logger {
        @Override
        public String getName() {
            return "test";
        }

        @Override
        public boolean isLoggable(Level level) {
            return true;
        }

        @Override
        public void log(Level level, java.util.ResourceBundle bundle, String msg, Throwable thrown) {
            lines.add(msg);
        }

        @Override
        public void log(Level level, java.util.ResourceBundle bundle, String format, Object... params) {
            lines.add(format);
        }
    }
}
