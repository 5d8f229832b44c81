package org.rookery.kafkalocal;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;

/**
 * A real single-node Kafka broker in KRaft mode (broker and controller in one process), bound to
 * 127.0.0.1, with its data in one folder. It is the only Rookery class that touches Kafka's
 * internal server API ({@code KafkaRaftServer}, the storage {@code Formatter}). The data folder is
 * formatted on first start and reused afterwards, so topics survive a {@link #stop()} and
 * {@link #start()} on the same ports. Not thread-safe: start and stop it from one thread.
 */
public final class KraftBroker implements AutoCloseable {
    private static final int NODE_ID = 1;
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);

    private final Path dataDirectory;
    private final int port;
    private final int controllerPort;
    private final Map<String, String> overrides;
    private KafkaRaftServer server;

    private KraftBroker(Path dataDirectory, int port, int controllerPort, Map<String, String> overrides) {
        this.dataDirectory = dataDirectory;
        this.port = port;
        this.controllerPort = controllerPort;
        this.overrides = Map.copyOf(overrides);
    }

    /**
     * Starts a broker on {@code port} (0 picks a free one) with its data in {@code dataDirectory},
     * returning once it answers clients. {@code overrides} replace or add broker settings.
     */
    public static KraftBroker start(Path dataDirectory, int port, Map<String, String> overrides) {
        // A port picked free may be taken by someone else before the broker binds it: pick again.
        for (int attempt = 1; ; attempt++) {
            KraftBroker broker = new KraftBroker(dataDirectory.toAbsolutePath(), port == 0 ? FreePorts.pick() : port, FreePorts.pick(), overrides);
            try {
                broker.start();
                return broker;
            } catch (BrokerStartException e) {
                if (attempt == 3) throw e;
            }
        }
    }

    /** Starts the broker (again) on its ports and data, returning once it answers clients. */
    public void start() {
        if (server != null) throw new IllegalStateException("the broker is already running");
        KafkaConfig config = new KafkaConfig(properties(), false);
        formatOnce(config);
        KafkaRaftServer started = new KafkaRaftServer(config, Time.SYSTEM);
        try {
            started.startup();
        } catch (RuntimeException e) {
            shutDown(started);
            throw new BrokerStartException("the Kafka broker did not start on 127.0.0.1:" + port + ": " + e.getMessage(), e);
        }
        server = started;
        awaitReady();
    }

    /** Stops the broker cleanly and keeps its data; {@link #start()} brings it back at the same address. */
    public void stop() {
        if (server == null) return;
        shutDown(server);
        server = null;
    }

    @Override
    public void close() {
        stop();
    }

    public boolean running() {
        return server != null;
    }

    /** The address clients bootstrap from, e.g. {@code 127.0.0.1:9092}. */
    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    private Properties properties() {
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", Integer.toString(NODE_ID));
        p.put("controller.quorum.voters", NODE_ID + "@127.0.0.1:" + controllerPort);
        p.put("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("controller.listener.names", "CONTROLLER");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("log.dirs", dataDirectory.resolve("logs").toString());
        // One node: every internal topic has one replica; a small group-offsets topic starts fast on 2 cores.
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "8");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("transaction.state.log.num.partitions", "8");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("group.initial.rebalance.delay.ms", "0");
        p.putAll(overrides);
        return p;
    }

    private void formatOnce(KafkaConfig config) {
        Path logs = dataDirectory.resolve("logs");
        if (Files.exists(logs.resolve("meta.properties"))) return;
        try {
            Files.createDirectories(logs);
            new Formatter()
                    .setPrintStream(new PrintStream(PrintStream.nullOutputStream()))
                    .setNodeId(NODE_ID)
                    .setClusterId(Uuid.randomUuid().toString())
                    .setControllerListenerName("CONTROLLER")
                    .setMetadataLogDirectory(config.metadataLogDir())
                    .addDirectory(logs.toString())
                    .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
                    .run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new BrokerStartException("cannot format the Kafka data folder " + logs + ": " + e.getMessage(), e);
        }
    }

    /** Startup returns before the broker is unfenced; a client's metadata request proves it serves. */
    private void awaitReady() {
        Properties client = new Properties();
        client.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        client.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, Long.toString(READY_TIMEOUT.toMillis()));
        try (Admin admin = Admin.create(client)) {
            admin.describeCluster().nodes().get(READY_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BrokerStartException("interrupted while waiting for the Kafka broker", e);
        } catch (ExecutionException | TimeoutException e) {
            stop();
            throw new BrokerStartException("the Kafka broker on " + bootstrapServers() + " did not answer within " + READY_TIMEOUT, e);
        }
    }

    private static void shutDown(KafkaRaftServer s) {
        s.shutdown();
        s.awaitShutdown();
    }
}
