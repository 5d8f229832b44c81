package org.rookery.runtime.observability;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs Prometheus's promtool (Debian's {@code prometheus} package, installed by
 * scripts/install-promtool.sh): the test is skipped when it is missing, or fails when the build
 * demands it ({@code -Drookery.promtool.required=true}, as {@code ./rookery test} runs). A test fixture.
 */
final class Promtool {
    /** What a run printed and how it ended. */
    record Run(int exitCode, String output) {}

    private Promtool() {}

    static Path executable() {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, "promtool");
            if (Files.isExecutable(candidate)) return candidate;
        }
        String message = "promtool is not installed (scripts/install-promtool.sh; Debian: apt-get install prometheus)";
        if (Boolean.getBoolean("rookery.promtool.required")) Assertions.fail("the ops rules tests are required but " + message);
        Assumptions.abort(message);
        return null;
    }

    /** Runs promtool with {@code args} in {@code dir}, for at most a minute. */
    static Run run(Path dir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(executable().toString());
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        process.getOutputStream().close();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            Assertions.fail("promtool " + String.join(" ", args) + " did not finish within a minute");
        }
        return new Run(process.exitValue(), new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }
}
