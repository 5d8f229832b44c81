package org.rookery.runtime.cli;

import java.util.Arrays;
import org.rookery.runtime.allinone.AllInOne;

/**
 * Entry point of the runnable jar: {@code serve} starts the all-in-one runtime
 * ({@code java -jar rookery-runtimes.jar serve [--port N]}); anything else runs {@link Cli} on the
 * real console and exits with its code.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) throws InterruptedException {
        if (args.length > 0 && args[0].equals("serve")) {
            AllInOne.main(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        System.exit(new Cli(System::nanoTime).run(args, System.out, System.err));
    }
}
