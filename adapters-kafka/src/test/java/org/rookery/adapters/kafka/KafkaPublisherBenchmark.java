package org.rookery.adapters.kafka;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.tools.ProducerPerformance;
import org.rookery.domain.event.EventEnvelope;
import org.rookery.ports.contract.SampleGames;

/**
 * Measures {@link KafkaEventPublisher} (events/s, latency of one acknowledged batch) against a
 * real broker in this JVM, then Kafka's own {@code ProducerPerformance} on the same broker, with
 * the same record size, partitions, {@code acks=all} and idempotence, and prints both as markdown.
 * Run by {@code scripts/bench-kafka.sh}. Arguments: {@code [events] [batch] [partitions]}.
 */
public final class KafkaPublisherBenchmark {
    private static final Pattern PERF_SUMMARY = Pattern.compile(
            "(\\d+) records sent, ([\\d.]+) records/sec \\(([\\d.]+) MB/sec\\), ([\\d.]+) ms avg latency, ([\\d.]+) ms max latency, (\\d+) ms 50th, (\\d+) ms 95th, (\\d+) ms 99th");

    private KafkaPublisherBenchmark() {}

    public static void main(String[] args) throws Exception {
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        int batch = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        int partitions = args.length > 2 ? Integer.parseInt(args[2]) : 64;
        JsonEnvelopeCodec codec = new JsonEnvelopeCodec();
        List<EventEnvelope> all = sampleEvents(events);
        int recordSize = (int) Math.round(all.stream().limit(10_000).mapToInt(e -> codec.toBytes(e).length).average().orElseThrow());
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(); KafkaTestBed bed = new KafkaTestBed(broker)) {
            String ours = bed.newTopic("bench-rookery", partitions);
            String theirs = bed.newTopic("bench-perf", partitions);
            double[] oursResult;
            try (KafkaEventPublisher publisher = KafkaEventPublisher.create(KafkaSettings.defaults().withBootstrapServers(broker.bootstrapServers()),
                    e -> new Destination(ours, e.gameId()), codec, KafkaMetricsListener.NONE)) {
                publishAll(publisher, all.subList(0, Math.min(20_000, events)), batch); // warm-up
                oursResult = publishAll(publisher, all, batch);
            }
            runPerf(bed.bootstrapServers(), theirs, Math.min(20_000, events), recordSize); // warm-up
            Matcher perf = runPerf(bed.bootstrapServers(), theirs, events, recordSize);
            print(events, batch, partitions, recordSize, oursResult, perf);
        }
    }

    /** Publishes in batches, each again until acknowledged as the relay would; returns {events/s, p50, p99, max batch latency in ms, failed attempts}. */
    private static double[] publishAll(KafkaEventPublisher publisher, List<EventEnvelope> events, int batch) {
        List<Long> latencies = new ArrayList<>();
        int failures = 0;
        long start = System.nanoTime();
        for (int from = 0; from < events.size(); from += batch) {
            long t = System.nanoTime();
            while (true) {
                try {
                    publisher.publish(events.subList(from, Math.min(events.size(), from + batch)));
                    break;
                } catch (KafkaPublishException e) {
                    failures++;
                    System.err.println("a batch failed and is offered again: " + e.getMessage());
                }
            }
            latencies.add(System.nanoTime() - t);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        return new double[] {events.size() / seconds, percentile(sorted, 0.50), percentile(sorted, 0.99), sorted[sorted.length - 1] / 1e6, failures};
    }

    private static Matcher runPerf(String bootstrap, String topic, int records, int recordSize) throws Exception {
        String[] args = {"--topic", topic, "--num-records", Integer.toString(records), "--record-size", Integer.toString(recordSize), "--throughput", "-1",
            "--producer-props", "bootstrap.servers=" + bootstrap, "acks=all", "enable.idempotence=true", "client.id=bench-perf"};
        PrintStream out = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            ProducerPerformance.main(args);
        } finally {
            System.setOut(out);
        }
        String text = captured.toString(StandardCharsets.UTF_8);
        Matcher last = null;
        for (String line : text.split("\n")) {
            Matcher m = PERF_SUMMARY.matcher(line);
            if (m.find()) last = m;
        }
        if (last == null) throw new IllegalStateException("ProducerPerformance printed no summary: " + text);
        return last;
    }

    private static void print(int events, int batch, int partitions, int recordSize, double[] ours, Matcher perf) {
        double perfRate = Double.parseDouble(perf.group(2));
        System.out.printf("%n%d events, %d partitions, %d-byte records (the average envelope), acks=all, idempotent, broker in this JVM%n%n", events, partitions, recordSize);
        System.out.println("| producer | events/s | latency p50 | latency p99 | latency max |");
        System.out.println("| --- | ---: | ---: | ---: | ---: |");
        System.out.printf("| `KafkaEventPublisher`, batches of %d (latency of one acknowledged batch) | %,.0f | %.1f ms | %.1f ms | %.1f ms |%n",
                batch, ours[0], ours[1], ours[2], ours[3]);
        System.out.printf("| `ProducerPerformance` (latency of one record, send to acknowledgement) | %,.0f | %s ms | %s ms | %s ms |%n",
                perfRate, perf.group(6), perf.group(8), perf.group(5));
        System.out.printf("%nratio KafkaEventPublisher / ProducerPerformance: %.2f (batches offered again after a failure: %.0f)%n", ours[0] / perfRate, ours[4]);
    }

    private static List<EventEnvelope> sampleEvents(int count) {
        List<EventEnvelope> events = new ArrayList<>(count + 12);
        while (events.size() < count) events.addAll(SampleGames.events("bench-" + UUID.randomUUID(), 10));
        return events.subList(0, count);
    }

    private static double percentile(long[] sortedNanos, double p) {
        return sortedNanos[Math.min(sortedNanos.length - 1, (int) Math.floor(p * sortedNanos.length))] / 1e6;
    }


}
