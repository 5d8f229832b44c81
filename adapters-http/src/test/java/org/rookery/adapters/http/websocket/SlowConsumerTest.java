package org.rookery.adapters.http.websocket;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.helidon.common.buffers.BufferData;
import io.helidon.common.socket.SocketContext;
import io.helidon.websocket.WsSession;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Semaphore;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.rookery.adapters.http.HttpApi;
import org.rookery.adapters.http.json.Json;
import org.rookery.adapters.http.observability.HttpMetrics;
import org.rookery.domain.chess.Color;
import org.rookery.domain.event.DrawOffered;
import org.rookery.domain.event.EventEnvelope;
import org.rookery.ports.contract.Eventually;

/** A WebSocket client that stops reading never blocks the broadcaster: it is cut off with too_far_behind and can resume. */
class SlowConsumerTest {
    /** A session whose sends block until the test lets them through, like a client that stopped reading. */
    static final class StuckSession implements WsSession {
        final Semaphore permits = new Semaphore(0);
        final List<String> sent = new CopyOnWriteArrayList<>();

        @Override
        public WsSession send(String text, boolean last) {
            permits.acquireUninterruptibly();
            sent.add(text);
            return this;
        }

        @Override
        public WsSession send(BufferData bufferData, boolean last) {
            return this;
        }

        @Override
        public WsSession ping(BufferData bufferData) {
            return this;
        }

        @Override
        public WsSession pong(BufferData bufferData) {
            return this;
        }

        @Override
        public WsSession close(int code, String reason) {
            return this;
        }

        @Override
        public WsSession terminate() {
            return this;
        }

        @Override
        public SocketContext socketContext() {
            return null;
        }
    }

    private static final Json JSON = HttpApi.newJson();

    private static JsonNode parse(String text) {
        try {
            return JSON.mapper().readTree(text);
        } catch (java.io.IOException e) {
            throw new AssertionError("not JSON: " + text, e);
        }
    }

    static EventEnvelope event(long seq) {
        return EventEnvelope.of("e" + seq, "g1", seq, Instant.EPOCH, "", new DrawOffered(Color.WHITE));
    }

    @Test
    void the_broadcaster_never_waits_and_a_client_that_falls_behind_is_told_to_resume() {
        StuckSession session = new StuckSession();
        SocketOutbox outbox = new SocketOutbox(session, JSON, new EventFrames(JSON), new HttpMetrics(new PrometheusRegistry()), 8);
        int generation = outbox.restart(0);
        outbox.caughtUp();
        long start = System.nanoTime();
        for (long seq = 1; seq <= 1_000; seq++) outbox.offerEvent(generation, event(seq));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));

        session.permits.release(100);
        Eventually.await(Duration.ofSeconds(5), () -> session.sent.stream().anyMatch(s -> s.contains("too_far_behind")), "the error frame");
        List<JsonNode> frames = session.sent.stream().map(SlowConsumerTest::parse).toList();
        JsonNode error = frames.getLast();
        assertThat(error.get("code").asText()).isEqualTo("too_far_behind");
        List<Long> delivered = frames.stream().filter(f -> f.get("type").asText().equals("event")).map(f -> f.get("seq").asLong()).toList();
        assertThat(delivered).isEqualTo(LongStream.rangeClosed(1, delivered.size()).boxed().toList());
        assertThat(error.get("lastSeq").asLong()).isEqualTo(delivered.isEmpty() ? 0 : delivered.getLast());
        assertThat(delivered.size()).isLessThanOrEqualTo(9);

        outbox.offerEvent(generation, event(1_001)); // the old stream is over: ignored
        int before = session.sent.size();
        int resumed = outbox.restart(error.get("lastSeq").asLong());
        for (long seq = error.get("lastSeq").asLong() + 1; seq <= error.get("lastSeq").asLong() + 5; seq++) outbox.offerEvent(resumed, event(seq));
        outbox.caughtUp();
        Eventually.await(Duration.ofSeconds(5), () -> session.sent.size() == before + 5, "the resumed events");
        List<Long> after = session.sent.subList(before, before + 5).stream().map(SlowConsumerTest::parse).map(f -> f.get("seq").asLong()).toList();
        long from = error.get("lastSeq").asLong();
        assertThat(after).containsExactly(from + 1, from + 2, from + 3, from + 4, from + 5);
        outbox.abandon();
    }
}
