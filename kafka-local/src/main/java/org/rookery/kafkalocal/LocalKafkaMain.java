package org.rookery.kafkalocal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * {@code ./rookery kafka}: runs a single-node KRaft broker on 127.0.0.1 until Ctrl-C or SIGTERM,
 * then stops it cleanly (its logs flushed, the clean-shutdown marker written). Prints the address
 * and the data folder once the broker answers clients.
 */
public final class LocalKafkaMain {
    /** The broker's own logging: warnings and errors only; our lines say what matters. */
    private static final List<Logger> QUIETED = List.of(Logger.getLogger("kafka"), Logger.getLogger("org.apache.kafka"), Logger.getLogger("state.change.logger"));

    private LocalKafkaMain() {}

    public static void main(String[] args) throws InterruptedException {
        LocalKafkaOptions options;
        try {
            options = LocalKafkaOptions.parse(List.of(args), Path.of(System.getProperty("user.home")));
        } catch (IllegalArgumentException e) {
            System.err.println("rookery kafka: " + e.getMessage());
            System.exit(2);
            return;
        }
        QUIETED.forEach(l -> l.setLevel(Level.WARNING));
        if (options.fresh()) deleteTree(options.dataDirectory());
        KraftBroker broker;
        try {
            broker = KraftBroker.start(options.dataDirectory(), options.port(), Map.of());
        } catch (BrokerStartException e) {
            System.err.println("rookery kafka: " + e.getMessage());
            System.exit(1);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("rookery: stopping kafka...");
            broker.stop();
            System.out.println("rookery: kafka stopped (data kept in " + broker.dataDirectory() + ")");
            stopped.countDown();
        }, "kafka-local-shutdown"));
        System.out.println("rookery: kafka ready at " + broker.bootstrapServers() + " (KRaft, one node; data in " + broker.dataDirectory() + "); Ctrl-C stops it");
        System.out.println("rookery: clients bootstrap with KAFKA_BOOTSTRAP_SERVERS=" + broker.bootstrapServers());
        stopped.await();
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) return;
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + root, e);
        }
    }
}
