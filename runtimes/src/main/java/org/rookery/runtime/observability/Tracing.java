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
 * defaults set here (service {@code rookery}, W3C trace context only, OTLP over HTTP, no SDK metrics or logs:
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
        if (mode == Mode.OFF) return new Tracing(OpenTelemetry.noop(), null);
        OpenTelemetrySdk sdk = AutoConfiguredOpenTelemetrySdk.builder()
                .addPropertiesSupplier(() -> Map.of(
                        "otel.traces.exporter", mode == Mode.LOG ? "console" : "otlp",
                        "otel.metrics.exporter", "none",
                        "otel.logs.exporter", "none",
                        "otel.propagators", "tracecontext",
                        // the JDK's HttpClient sends (no OkHttp, no gRPC stack): OTLP over HTTP, port 4318
                        "otel.exporter.otlp.protocol", "http/protobuf",
                        "otel.service.name", serviceName))
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
