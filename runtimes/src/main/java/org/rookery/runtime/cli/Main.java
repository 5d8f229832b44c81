package org.rookery.runtime.cli;

/** Entry point of the {@code rookery} command-line tool: runs {@link Cli} on the real console and exits with its code. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.exit(new Cli(System::nanoTime).run(args, System.out, System.err));
    }
}
