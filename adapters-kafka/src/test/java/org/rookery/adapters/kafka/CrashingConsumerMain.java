package org.rookery.adapters.kafka;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * A consumer process for {@link ConsumerCrashTest}: consumes with a {@link FileBackedEffects}
 * handler and, after {@code stopAfter} events, writes a marker file and hangs inside the handler,
 * in the middle of its batch, so that the test can kill it there. Arguments: bootstrap servers,
 * topic, group, effects file, marker file, stopAfter.
 */
public final class CrashingConsumerMain {
    private CrashingConsumerMain() {}

    public static void main(String[] args) throws Exception {
        String topic = args[1];
        Path marker = Path.of(args[4]);
        int stopAfter = Integer.parseInt(args[5]);
        CountDownLatch never = new CountDownLatch(1);
        FileBackedEffects effects = new FileBackedEffects(Path.of(args[3]), handled -> {
            if (handled < stopAfter) return;
            try {
                Files.writeString(marker, Integer.toString(handled));
                never.await();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        KafkaSettings kafka = KafkaSettings.defaults().withBootstrapServers(args[0]);
        ConsumerSettings settings = ConsumerSettings.of(args[2], kafka, List.of(topic)).withMaxPollRecords(50).withClientOverrides(ConsumerCrashTest.FAST_FAILOVER);
        KafkaConsumerRunner.start(kafka, settings, new JsonEnvelopeCodec(), effects, HandlerOffsets.NONE, KafkaMetricsListener.NONE);
        never.await();
    }

}
