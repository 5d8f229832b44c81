package org.rookery.adapters.kafka;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

/**
 * Creates the topics Rookery needs at start, or verifies the ones that exist: an existing topic
 * with another partition count or replication factor is refused with a {@link TopicMismatchException}
 * rather than changed (more partitions would move keys to other partitions and break each
 * game's order). Thread-safe if the {@link Admin} is; it does not close it.
 */
public final class KafkaTopics {
    private final Admin admin;
    private final long timeoutMs;

    public KafkaTopics(Admin admin, java.time.Duration timeout) {
        this.admin = admin;
        this.timeoutMs = timeout.toMillis();
    }

    /**
     * What a runtime calls at start: creates or verifies the configured topics and their
     * dead-letter topics with an admin client of its own; returns the names it created.
     *
     * @throws TopicMismatchException when an existing topic differs from its configuration
     * @throws KafkaUnavailableException when the cluster does not answer or refuses a topic
     */
    public static List<String> ensureConfigured(KafkaSettings settings) {
        try (Admin admin = Admin.create(KafkaClientProperties.admin(settings))) {
            return new KafkaTopics(admin, settings.deliveryTimeout()).ensure(settings.topicDefinitions());
        }
    }

    /** Creates each missing topic and checks every existing one; returns the names it created. */
    public List<String> ensure(List<TopicDefinition> wanted) {
        Map<String, TopicDefinition> byName = wanted.stream().collect(Collectors.toMap(TopicDefinition::name, Function.identity()));
        Map<String, TopicDescription> existing = describeExisting(byName.keySet().stream().toList());
        List<NewTopic> missing = wanted.stream().filter(t -> !existing.containsKey(t.name()))
                .map(t -> new NewTopic(t.name(), t.partitions(), t.replicationFactor()).configs(t.configs())).toList();
        List<String> created = new ArrayList<>();
        for (NewTopic topic : missing) {
            try {
                await(admin.createTopics(List.of(topic)).all());
                created.add(topic.name());
            } catch (ExecutionException e) {
                // Another node created it meanwhile: verify it like any existing topic.
                if (!(e.getCause() instanceof TopicExistsException)) throw failure("create topic " + topic.name(), e);
                existing.put(topic.name(), describeCreatedElsewhere(topic.name()));
            }
        }
        List<String> problems = new ArrayList<>();
        existing.forEach((name, description) -> mismatch(byName.get(name), description, problems));
        if (!problems.isEmpty()) throw new TopicMismatchException(String.join("; ", problems));
        return created;
    }

    private Map<String, TopicDescription> describeExisting(List<String> names) {
        Map<String, TopicDescription> found = new java.util.HashMap<>();
        admin.describeTopics(names).topicNameValues().forEach((name, future) -> {
            try {
                found.put(name, await(future));
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof UnknownTopicOrPartitionException)) throw failure("describe topic " + name, e);
            }
        });
        return found;
    }

    /** A topic that exists but was not described a moment ago: its metadata is still spreading, so ask until it shows. */
    private TopicDescription describeCreatedElsewhere(String name) {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMs);
        while (System.nanoTime() < deadline) {
            TopicDescription found = describeExisting(List.of(name)).get(name);
            if (found != null) return found;
            java.util.concurrent.locks.LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(100));
        }
        throw new KafkaUnavailableException("topic " + name + " exists but could not be described within " + timeoutMs + " ms", null);
    }

    private static void mismatch(TopicDefinition wanted, TopicDescription actual, List<String> problems) {
        int partitions = actual.partitions().size();
        int replicas = actual.partitions().get(0).replicas().size();
        if (partitions != wanted.partitions()) {
            problems.add("topic " + wanted.name() + " exists with " + partitions + " partitions but " + wanted.partitions()
                    + " are configured (Rookery never changes the partition count: it would move games to other partitions)");
        }
        if (replicas != wanted.replicationFactor()) {
            problems.add("topic " + wanted.name() + " exists with replication factor " + replicas + " but " + wanted.replicationFactor() + " is configured");
        }
    }

    private <T> T await(org.apache.kafka.common.KafkaFuture<T> future) throws ExecutionException {
        try {
            return future.get(timeoutMs, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KafkaUnavailableException("interrupted while talking to the Kafka cluster", e);
        } catch (TimeoutException e) {
            throw new KafkaUnavailableException("the Kafka cluster did not answer within " + timeoutMs + " ms", e);
        }
    }

    private static KafkaUnavailableException failure(String what, ExecutionException e) {
        return new KafkaUnavailableException("cannot " + what + ": " + e.getCause().getMessage(), e.getCause());
    }
}
