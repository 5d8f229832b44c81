package org.rookery.runtime.observability;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.autoconfigure.AutoConfiguredOpenTelemetrySdk;
import java.util.Locale;
import java.util.Map;

/**
 * The runtime's tracing, chosen by one setting ({@code rookery.tracing}): {@code off} (the
 * default: a no-op, nothing recorded), {@code log} (spans written to the log by the SDK's console
 * exporter) or {@code otlp} (spans sent to an OpenTelemetry collector). Everything else — the
 * collector's address, the sampler, the service name, headers — comes from the standard
 * {@code OTEL_*} environment variables and {@code otel.*} system properties, which win over the
 * defaults set here (service {@code rookery}, W3C trace context only, OTLP over HTTP, a tenth of the
 * traces that start here sampled with OTLP and all of them with the log, no SDK metrics or logs:
 * metrics are Prometheus's). {@link #close()} flushes and stops the exporter. Thread-safe.
 */
public final class Tracing implements AutoCloseable {
    /** The settings' values. */
    public enum Mode { OFF, LOG, OTLP }

    private final OpenTelemetry telemetry;
    private final OpenTelemetrySdk sdk;

    private Tracing(OpenTelemetry telemetry, OpenTelemetrySdk sdk) {
        this.telemetry = telemetry;
        this.sdk = sdk;
    }

    /** {@code off}, {@code log} or {@code otlp}, case-insensitive; anything else is refused. */
    public static Mode mode(String setting) {
        try {
            return Mode.valueOf(setting.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("must be off, log or otlp, got '" + setting + "'", e);
        }
    }

    /** Starts tracing in {@code mode}; {@code serviceName} is the default of {@code OTEL_SERVICE_NAME}. */
    public static Tracing start(Mode mode, String serviceName) {
        return start(mode, serviceName, Map.of());
    }

    /** The same with other {@code otel.*} defaults (a test's collector address, say); the environment still wins. */
    static Tracing start(Mode mode, String serviceName, Map<String, String> moreDefaults) {
        if (mode == Mode.OFF) return new Tracing(OpenTelemetry.noop(), null);
        OpenTelemetrySdk sdk = AutoConfiguredOpenTelemetrySdk.builder()
                .addPropertiesSupplier(() -> Map.of(
                        "otel.traces.exporter", mode == Mode.LOG ? "console" : "otlp",
                        // OTLP samples a tenth of the traces that start here (a caller's sampled traceparent is always
                        // followed): every move sampled costs about 8 % of a move's CPU, a tenth about 1 % (docs/benchmarks.md)
                        "otel.traces.sampler", mode == Mode.LOG ? "parentbased_always_on" : "parentbased_traceidratio",
                        "otel.traces.sampler.arg", mode == Mode.LOG ? "1" : "0.1",
                        "otel.metrics.exporter", "none",
                        "otel.logs.exporter", "none",
                        "otel.propagators", "tracecontext",
                        // the JDK's HttpClient sends (no OkHttp, no gRPC stack): OTLP over HTTP, port 4318
                        "otel.exporter.otlp.protocol", "http/protobuf",
                        "otel.service.name", serviceName))
                .addPropertiesSupplier(() -> moreDefaults) // later suppliers win over earlier ones
                .disableShutdownHook()
                .build().getOpenTelemetrySdk();
        return new Tracing(sdk, sdk);
    }

    public OpenTelemetry telemetry() {
        return telemetry;
    }

    @Override
    public void close() {
        if (sdk != null) sdk.close();
    }
}
