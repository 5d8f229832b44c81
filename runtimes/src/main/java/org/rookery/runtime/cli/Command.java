package org.rookery.runtime.cli;

import java.io.PrintStream;
import java.util.List;

/** One CLI command: runs on its arguments and returns the exit code. Implementations are stateless, so thread-safe. */
sealed interface Command permits PerftCommand, MovesCommand, PlayCommand {
    /** Exit code for success. */
    int OK = 0;

    /** The one-line synopsis printed with usage errors. */
    String usage();

    /**
     * Runs the command.
     *
     * @throws UsageException when the arguments are malformed
     * @throws org.rookery.domain.chess.InvalidFenException when a FEN given is invalid
     */
    int run(List<String> args, PrintStream out, PrintStream err);
}
