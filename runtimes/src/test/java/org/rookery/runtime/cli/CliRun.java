package org.rookery.runtime.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.List;

/** One in-process run of the CLI: its exit code and what it printed. Immutable. */
record CliRun(int exitCode, String out, String err) {
    /** A clock that advances two seconds per reading, so speed reports are predictable. */
    private static final long TWO_SECONDS = 2_000_000_000L;

    static CliRun of(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        long[] now = {0};
        int code = new Cli(() -> now[0] += TWO_SECONDS)
                .run(args, new PrintStream(out, true, UTF_8), new PrintStream(err, true, UTF_8));
        return new CliRun(code, out.toString(UTF_8), err.toString(UTF_8));
    }

    List<String> outLines() {
        return out.lines().toList();
    }
}
