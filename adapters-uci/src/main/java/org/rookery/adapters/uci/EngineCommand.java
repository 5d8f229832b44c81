package org.rookery.adapters.uci;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * How to start a UCI engine: the executable and its arguments, e.g. {@code /usr/games/stockfish}.
 * Immutable.
 */
public record EngineCommand(List<String> command) {
    /** Where Debian installs engines, then the usual binary folders; the {@code PATH} comes first. */
    private static final List<String> USUAL_FOLDERS = List.of("/usr/games", "/usr/local/bin", "/usr/bin");

    public EngineCommand {
        command = List.copyOf(command);
        if (command.isEmpty() || command.getFirst().isBlank()) throw new IllegalArgumentException("an engine command needs an executable");
    }

    public static EngineCommand of(String executable, String... arguments) {
        return new EngineCommand(Stream.concat(Stream.of(executable), Stream.of(arguments)).toList());
    }

    /** The engine installed under this name on the {@code PATH} or in the usual folders ({@code /usr/games} first among them), if any. */
    public static Optional<EngineCommand> locate(String name) {
        String path = System.getenv().getOrDefault("PATH", "");
        return Stream.concat(Stream.of(path.split(File.pathSeparator)), USUAL_FOLDERS.stream())
                .filter(folder -> !folder.isBlank())
                .map(folder -> Path.of(folder, name))
                .filter(Files::isExecutable)
                .findFirst()
                .map(found -> of(found.toString()));
    }

    /** The executable's file name, for logs and metrics ({@code stockfish}). */
    public String name() {
        return Path.of(command.getFirst()).getFileName().toString();
    }
}
