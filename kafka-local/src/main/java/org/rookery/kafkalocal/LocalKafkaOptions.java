package org.rookery.kafkalocal;

import java.nio.file.Path;
import java.util.List;

/**
 * The command line of {@code ./rookery kafka}: {@code [--port N] [--data DIR] [--fresh]}. Bad
 * arguments throw {@link IllegalArgumentException} with the usage. Immutable.
 */
record LocalKafkaOptions(int port, Path dataDirectory, boolean fresh) {
    static final String USAGE = "usage: ./rookery kafka [--port N] [--data DIR] [--fresh]\n"
            + "  --port N    the port clients bootstrap from on 127.0.0.1 (default 9092; 0 = any free port)\n"
            + "  --data DIR  the broker's data folder (default ~/.rookery/kafka-<port>); kept between runs\n"
            + "  --fresh     delete the data folder first (every topic and record is lost)";

    LocalKafkaOptions {
        if (port < 0 || port > 65_535) throw new IllegalArgumentException("--port must be between 0 and 65535, got " + port + "\n" + USAGE);
    }

    static LocalKafkaOptions parse(List<String> args, Path home) {
        int port = 9092;
        Path data = null;
        boolean fresh = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--port" -> port = parsePort(value(args, ++i, arg));
                case "--data" -> data = Path.of(value(args, ++i, arg));
                case "--fresh" -> fresh = true;
                default -> throw new IllegalArgumentException("unknown argument " + arg + "\n" + USAGE);
            }
        }
        return new LocalKafkaOptions(port, data != null ? data : home.resolve(".rookery").resolve("kafka-" + port), fresh);
    }

    private static String value(List<String> args, int i, String option) {
        if (i >= args.size()) throw new IllegalArgumentException(option + " needs a value\n" + USAGE);
        return args.get(i);
    }

    private static int parsePort(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--port must be a number, got " + text + "\n" + USAGE);
        }
    }
}
