package org.rookery.runtime.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import org.rookery.domain.chess.InvalidFenException;

/**
 * The {@code rookery} command-line tool: dispatches {@code perft}, {@code moves} and {@code play}
 * to their commands. Exit codes: 0 success, 1 a move that cannot be played, 2 bad arguments
 * (with a usage line on stderr). Stateless apart from the injected clock, so thread-safe.
 */
public final class Cli {
    /** Exit code for a malformed command line. */
    public static final int USAGE = 2;

    private final Map<String, Command> commands;

    /** @param nanoClock a monotonic clock in nanoseconds ({@code System::nanoTime}), for perft's speed report */
    public Cli(LongSupplier nanoClock) {
        this.commands = Map.of("perft", new PerftCommand(nanoClock), "moves", new MovesCommand(), "play", new PlayCommand());
    }

    /** Runs one command line, printing results on {@code out} and diagnostics on {@code err}; returns the exit code. */
    public int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0) return usageError("no command given", usage(), err);
        if (List.of("help", "-h", "--help").contains(args[0])) {
            out.println(usage());
            return Command.OK;
        }
        Command command = commands.get(args[0]);
        if (command == null) return usageError("unknown command '" + args[0] + "'", usage(), err);
        try {
            return command.run(Arrays.asList(args).subList(1, args.length), out, err);
        } catch (UsageException | InvalidFenException e) {
            return usageError(e.getMessage(), "usage: rookery " + command.usage(), err);
        }
    }

    private String usage() {
        StringBuilder sb = new StringBuilder("usage: rookery <command> [args]");
        for (String name : List.of("perft", "moves", "play")) sb.append("\n  rookery ").append(commands.get(name).usage());
        return sb.toString();
    }

    private static int usageError(String problem, String usage, PrintStream err) {
        err.println("error: " + problem);
        err.println(usage);
        return USAGE;
    }
}
