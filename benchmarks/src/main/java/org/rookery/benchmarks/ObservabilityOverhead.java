package org.rookery.benchmarks;

import com.sun.net.httpserver.HttpServer;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.exporter.otlp.http.trace.OtlpHttpSpanExporter;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.BatchSpanProcessor;
import io.opentelemetry.sdk.trace.samplers.Sampler;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.net.InetSocketAddress;
import java.util.Locale;
import java.util.function.Supplier;
import org.rookery.adapters.http.observability.CommandObserver;
import org.rookery.adapters.http.observability.RequestScope;
import org.rookery.domain.game.Outcome;

/**
 * What observability adds to each move, in CPU: a WebSocket move's request scope and the command
 * observer (its count, latency histogram, span and log context) around a use case that answers at
 * once, with tracing off (metrics only), on with every move sampled, and on at 10 % — spans batched
 * and sent over OTLP/HTTP, as {@code rookery.tracing=otlp} does, to a collector in this process that
 * drops them. Moves are paced (open loop, {@code rate} a second, as a loaded server sees them), so
 * the exporter keeps up and spans live as long as they do in a server, and the whole process's CPU
 * is read over each run — the exporter's thread and the garbage collector included, the stand-in
 * collector's thread left out — less that of the same paced loop without observability: an upper bound of what observability adds
 * to a server's CPU per move. Run it with the server's collector settings:
 * {@code java -Xmx2g $(scripts/server-jvm-opts.sh) -cp benchmarks/target/rookery-benchmarks.jar
 * org.rookery.benchmarks.ObservabilityOverhead [rate] [seconds] [rounds]}. Not thread-safe: one main thread.
 */
public final class ObservabilityOverhead {
    private ObservabilityOverhead() {}

    public static void main(String[] args) throws Exception {
        int rate = args.length > 0 ? Integer.parseInt(args[0]) : 5_000;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        HttpServer collector = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        collector.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        collector.start();
        String endpoint = "http://127.0.0.1:" + collector.getAddress().getPort() + "/v1/traces";
        OpenTelemetrySdk all = sdk(endpoint, Sampler.parentBased(Sampler.alwaysOn()));
        OpenTelemetrySdk tenth = sdk(endpoint, Sampler.parentBased(Sampler.traceIdRatioBased(0.1)));
        // the SDK's own share: spans recorded and batched, then dropped by an exporter that sends nothing
        OpenTelemetrySdk unsent = OpenTelemetrySdk.builder().setTracerProvider(SdkTracerProvider.builder()
                .addSpanProcessor(BatchSpanProcessor.builder(new io.opentelemetry.sdk.trace.export.SpanExporter() {
                    @Override
                    public io.opentelemetry.sdk.common.CompletableResultCode export(java.util.Collection<io.opentelemetry.sdk.trace.data.SpanData> spans) {
                        return io.opentelemetry.sdk.common.CompletableResultCode.ofSuccess();
                    }

                    @Override
                    public io.opentelemetry.sdk.common.CompletableResultCode flush() {
                        return io.opentelemetry.sdk.common.CompletableResultCode.ofSuccess();
                    }

                    @Override
                    public io.opentelemetry.sdk.common.CompletableResultCode shutdown() {
                        return io.opentelemetry.sdk.common.CompletableResultCode.ofSuccess();
                    }
                }).build()).build()).build();
        OpenTelemetrySdk reusable = OpenTelemetrySdk.builder().setTracerProvider(SdkTracerProvider.builder()
                .addSpanProcessor(BatchSpanProcessor.builder(OtlpHttpSpanExporter.builder().setEndpoint(endpoint)
                        .setMemoryMode(io.opentelemetry.sdk.common.export.MemoryMode.REUSABLE_DATA).build()).build()).build()).build();
        Mode[] modes = {new Mode("no observability", null), new Mode("metrics, tracing off", OpenTelemetry.noop()),
                new Mode("metrics, tracing on (all moves)", all), new Mode("metrics, tracing on (10 %)", tenth),
                new Mode("metrics, tracing on (all, not sent)", unsent), new Mode("metrics, tracing on (all, reusable)", reusable)};
        Outcome<String> accepted = Outcome.accepted("ok");
        Supplier<Outcome<String>> useCase = () -> accepted;
        for (Mode mode : modes) mode.paced(rate, 5, useCase); // warm-up
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        for (int round = 1; round <= rounds; round++) {
            double bare = 0;
            for (Mode mode : modes) {
                long cpuBefore = os.getProcessCpuTime() - collectorCpu();
                long moves = mode.paced(rate, seconds, useCase);
                if (mode.telemetry instanceof OpenTelemetrySdk sdk) sdk.getSdkTracerProvider().forceFlush().join(30, java.util.concurrent.TimeUnit.SECONDS);
                double perMove = (os.getProcessCpuTime() - collectorCpu() - cpuBefore) / 1e3 / moves;
                if (mode.observer == null) bare = perMove;
                System.out.printf(Locale.ROOT, "round %d, %-34s %d moves, %.2f us CPU per move, %.2f us more than without%n", round,
                        mode.name + ":", moves, perMove, perMove - bare);
            }
        }
        all.close();
        tenth.close();
        unsent.close();
        reusable.close();
        collector.stop(0);
    }

    /** CPU nanoseconds of the stand-in collector's thread (the JDK server's dispatcher), which a real collector spends elsewhere. */
    private static long collectorCpu() {
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long total = 0;
        for (var info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null && info.getThreadName().startsWith("HTTP-Dispatcher")) total += Math.max(0, threads.getThreadCpuTime(info.getThreadId()));
        }
        return total;
    }

    private static OpenTelemetrySdk sdk(String endpoint, Sampler sampler) {
        return OpenTelemetrySdk.builder().setPropagators(ContextPropagators.create(W3CTraceContextPropagator.getInstance()))
                .setTracerProvider(SdkTracerProvider.builder().setSampler(sampler)
                        .addSpanProcessor(BatchSpanProcessor.builder(OtlpHttpSpanExporter.builder().setEndpoint(endpoint).build()).build())
                        .build())
                .build();
    }

    /** One way of running moves: bare, or through a command observer on {@code telemetry}. */
    private static final class Mode {
        final String name;
        final OpenTelemetry telemetry;
        final CommandObserver observer;
        long sink;

        Mode(String name, OpenTelemetry telemetry) {
            this.name = name;
            this.telemetry = telemetry;
            this.observer = telemetry == null ? null : new CommandObserver(telemetry, new PrometheusRegistry());
        }

        /** {@code rate} moves a second for {@code seconds}, a millisecond's share at a time; returns how many. */
        long paced(int rate, int seconds, Supplier<Outcome<String>> useCase) {
            long start = System.nanoTime(), moves = 0;
            for (long tick = 1; tick <= seconds * 1000L; tick++) {
                long due = tick * rate / 1000;
                run((int) (due - moves), useCase);
                moves = due;
                long wait = start + tick * 1_000_000 - System.nanoTime();
                if (wait > 0) java.util.concurrent.locks.LockSupport.parkNanos(wait);
            }
            return moves;
        }

        void run(int moves, Supplier<Outcome<String>> useCase) {
            for (int i = 0; i < moves; i++) {
                if (observer == null) {
                    sink += useCase.get().hashCode();
                    continue;
                }
                // what a WebSocket move goes through: the frame's request scope, then the observer around the use case
                try (io.opentelemetry.context.Scope ignored = RequestScope.open(Context.root(), RequestScope.WEBSOCKET, "req-1")) {
                    sink += observer.observe(CommandObserver.MOVE, "game-1", "req-1", useCase).hashCode();
                }
            }
        }
    }
}
