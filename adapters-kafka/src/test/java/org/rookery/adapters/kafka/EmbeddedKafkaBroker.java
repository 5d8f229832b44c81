package org.rookery.adapters.kafka;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.rookery.kafkalocal.KraftBroker;
import org.testcontainers.kafka.KafkaContainer;

/**
 * A real Kafka broker for tests, one per test class: in this JVM by default (a single-node KRaft
 * broker on 127.0.0.1, data under the build's temporary folder, ready in a few seconds), or in
 * Docker through Testcontainers when {@code ROOKERY_TEST_KAFKA=testcontainers} (environment
 * variable or system property {@code rookery.test.kafka}). Modules that use it from this test-jar
 * also need {@code rookery-kafka-local} (and {@code testcontainers-kafka}) on their test classpath.
 * Not thread-safe: start and stop it from the test's lifecycle methods.
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {
    /** The image Testcontainers runs; {@code ROOKERY_TEST_KAFKA_IMAGE} overrides it. */
    static final String DEFAULT_IMAGE = "apache/kafka:4.1.0";

    private final KraftBroker inProcess;
    private final KafkaContainer container;
    private final Path dataDirectory;

    private EmbeddedKafkaBroker(KraftBroker inProcess, KafkaContainer container, Path dataDirectory) {
        this.inProcess = inProcess;
        this.container = container;
        this.dataDirectory = dataDirectory;
    }

    /** Starts the broker the environment asks for, returning once it answers clients. */
    public static EmbeddedKafkaBroker start() {
        if (setting("ROOKERY_TEST_KAFKA", "rookery.test.kafka").filter("testcontainers"::equalsIgnoreCase).isPresent()) {
            KafkaContainer container = new KafkaContainer(setting("ROOKERY_TEST_KAFKA_IMAGE", "rookery.test.kafka.image").orElse(DEFAULT_IMAGE));
            container.start();
            return new EmbeddedKafkaBroker(null, container, null);
        }
        try {
            Path data = Files.createTempDirectory("kafka-test-");
            // Tests create small topics of their own; offsets go to a small internal topic.
            return new EmbeddedKafkaBroker(KraftBroker.start(data, 0, Map.of("num.partitions", "1")), null, data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String bootstrapServers() {
        return inProcess != null ? inProcess.bootstrapServers() : container.getBootstrapServers();
    }

    /** Makes the broker unreachable (stopped in-process, paused in Docker), keeping its data and address. */
    public void takeDown() {
        if (inProcess != null) inProcess.stop();
        else container.getDockerClient().pauseContainerCmd(container.getContainerId()).exec();
    }

    /** Brings a broker taken down back at the same address with the same data, returning once it answers. */
    public void bringBack() {
        if (inProcess != null) inProcess.start();
        else container.getDockerClient().unpauseContainerCmd(container.getContainerId()).exec();
    }

    @Override
    public void close() {
        if (container != null) {
            container.stop();
            return;
        }
        inProcess.stop();
        try (Stream<Path> files = Files.walk(dataDirectory)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<String> setting(String env, String property) {
        return Optional.ofNullable(System.getProperty(property)).or(() -> Optional.ofNullable(System.getenv(env))).filter(v -> !v.isBlank());
    }
}
