package org.rookery.adapters.uci;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.rookery.ports.out.engine.SlaTier;

/**
 * The engines the tests run: Debian's {@code stockfish} and {@code ethereal-chess} (installed by
 * {@code scripts/install-engines.sh}), and the fake engine script. A test that needs a missing
 * engine is skipped, or fails when the build demands engines ({@code -Drookery.engines.required=true},
 * as {@code ./rookery test} runs). Stateless.
 */
final class InstalledEngines {
    static final String INSTALL_HINT = "install it with scripts/install-engines.sh (as root: apt-get install -y stockfish ethereal-chess)";

    private InstalledEngines() {}

    static EngineCommand stockfish() {
        return require("stockfish");
    }

    static EngineCommand ethereal() {
        return require("ethereal-chess");
    }

    static EngineCommand require(String name) {
        return EngineCommand.locate(name).orElseGet(() -> {
            String message = "the UCI engine '" + name + "' is not installed; " + INSTALL_HINT;
            if (Boolean.getBoolean("rookery.engines.required")) Assertions.fail("the engine tests are required but " + message);
            Assumptions.abort("engine test skipped: " + message);
            return null;
        });
    }

    /** The fake engine in one of its modes (see src/test/sh/fake-uci-engine.sh). */
    static EngineCommand fake(String mode) {
        String script = System.getProperty("rookery.fake.engine", "src/test/sh/fake-uci-engine.sh");
        return EngineCommand.of("/bin/sh", Path.of(script).toAbsolutePath().toString(), mode);
    }

    /** A pool of {@code size} engines with short timings, for tests. */
    static EnginePoolSettings pool(EngineCommand engine, int size) {
        return EnginePoolSettings.defaults(engine, size)
                .withTimings(Duration.ofSeconds(10), Duration.ofMillis(200), Duration.ofMillis(500));
    }

    static EnginePoolSettings withBudget(EnginePoolSettings settings, SlaTier tier, Duration budget, int queueLimit, int maxEngines) {
        return settings.withTier(tier, new TierPolicy(budget, queueLimit, maxEngines));
    }
}
