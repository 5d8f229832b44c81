package org.rookery.runtime.observability;

import java.io.Console;
import java.util.Locale;
import java.util.logging.ConsoleHandler;
import java.util.logging.Handler;
import java.util.logging.Logger;

/**
 * Chooses how a runtime's logs look ({@code rookery.log.format}): {@code text} (java.util.logging's
 * own two-line format), {@code json} (one {@link JsonLogFormatter} object per line, for log
 * collectors) or {@code auto} (the default: text on a terminal, JSON otherwise — in a container or
 * under a service manager). Replaces the root logger's console handler; a logging configuration
 * file ({@code -Djava.util.logging.config.file}) still sets levels. Stateless.
 */
public final class LogSetup {
    /** The settings' values. */
    public enum Format { TEXT, JSON, AUTO }

    private LogSetup() {}

    /** {@code text}, {@code json} or {@code auto}, case-insensitive; anything else is refused. */
    public static Format format(String setting) {
        try {
            return Format.valueOf(setting.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("must be text, json or auto, got '" + setting + "'", e);
        }
    }

    /** Whether {@code format} means JSON here: {@code auto} is JSON unless the process has a terminal. */
    public static boolean json(Format format, Console console) {
        return format == Format.JSON || format == Format.AUTO && !isTerminal(console);
    }

    /**
     * Before JDK 22 a process without a terminal had no console; since then it has one whose
     * {@code isTerminal()} (not in the JDK 21 API we compile against) says false.
     */
    static boolean isTerminal(Console console) {
        if (console == null) return false;
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true; // JDK 21: a console exists only on a terminal
        }
    }

    /** Installs the format on the root logger's console handlers (stderr). */
    public static void install(Format format) {
        if (!json(format, System.console())) return;
        Logger root = Logger.getLogger("");
        Handler[] handlers = root.getHandlers();
        boolean found = false;
        for (Handler h : handlers) {
            if (h instanceof ConsoleHandler) {
                h.setFormatter(new JsonLogFormatter());
                found = true;
            }
        }
        if (!found) {
            ConsoleHandler console = new ConsoleHandler();
            console.setFormatter(new JsonLogFormatter());
            root.addHandler(console);
        }
    }
}
