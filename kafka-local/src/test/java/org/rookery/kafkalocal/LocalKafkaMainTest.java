package org.rookery.kafkalocal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./rookery kafka} as a real process: it serves clients on the port it prints, and Ctrl-C stops it cleanly. */
class LocalKafkaMainTest {
    private static final Pattern READY = Pattern.compile("rookery: kafka ready at 127\\.0\\.0\\.1:(\\d+) .*data in (.+)\\); Ctrl-C stops it");

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void the_launcher_serves_a_producer_and_a_consumer_and_stops_cleanly_on_sigint(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("kafka-data");
        Process broker = new ProcessBuilder(javaBinary(), "-cp", System.getProperty("java.class.path"), LocalKafkaMain.class.getName(),
                "--port", "0", "--data", data.toString()).redirectErrorStream(true).start();
        List<String> output = new CopyOnWriteArrayList<>();
        Thread reader = Thread.ofVirtual().start(() -> readLines(broker, output));
        try {
            String bootstrap = "127.0.0.1:" + awaitReadyPort(broker, output);
            assertThat(output).anyMatch(l -> l.contains("data in " + data));
            roundTrip(bootstrap);

            new ProcessBuilder("kill", "-INT", Long.toString(broker.pid())).start().waitFor(10, TimeUnit.SECONDS);
            assertThat(broker.waitFor(60, TimeUnit.SECONDS)).as("the broker process exits after SIGINT").isTrue();
            reader.join(Duration.ofSeconds(5));
            // The JVM reports death by SIGINT as 130 after running its shutdown hooks.
            assertThat(broker.exitValue()).isEqualTo(130);
            assertThat(output).anyMatch(l -> l.startsWith("rookery: kafka stopped (data kept in " + data));
            assertThat(Files.exists(data.resolve("logs/.kafka_cleanshutdown"))).as("Kafka marks a clean shutdown in its log folder").isTrue();
        } finally {
            broker.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    private static void roundTrip(String bootstrap) throws Exception {
        Map<String, Object> common = Map.of("bootstrap.servers", bootstrap);
        Properties producerProps = new Properties();
        producerProps.putAll(common);
        producerProps.put("acks", "all");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerProps, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>("launcher-check", "game-1", "e2e4")).get(30, TimeUnit.SECONDS);
        }
        Properties consumerProps = new Properties();
        consumerProps.putAll(common);
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerProps, new StringDeserializer(), new StringDeserializer())) {
            TopicPartition partition = new TopicPartition("launcher-check", 0);
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            List<ConsumerRecord<String, String>> got = new java.util.ArrayList<>();
            while (got.isEmpty() && System.nanoTime() < deadline) consumer.poll(Duration.ofMillis(200)).forEach(got::add);
            assertThat(got).singleElement().satisfies(r -> {
                assertThat(r.key()).isEqualTo("game-1");
                assertThat(r.value()).isEqualTo("e2e4");
            });
        }
    }

    private static int awaitReadyPort(Process broker, List<String> output) {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            for (String line : output) {
                Matcher m = READY.matcher(line);
                if (m.find()) return Integer.parseInt(m.group(1));
            }
            if (!broker.isAlive()) throw new AssertionError("the launcher exited with " + broker.exitValue() + ": " + output);
            java.util.concurrent.locks.LockSupport.parkNanos(50_000_000);
        }
        throw new AssertionError("the launcher did not say it was ready within 90 s: " + output);
    }

    private static void readLines(Process p, List<String> into) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) into.add(line);
        } catch (IOException e) {
            into.add("(output unreadable: " + e + ")");
        }
    }

    private static String javaBinary() {
        return ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

}
