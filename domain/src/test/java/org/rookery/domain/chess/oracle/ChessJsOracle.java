package org.rookery.domain.chess.oracle;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.rookery.domain.chess.RandomGames.PlayedGame;

/**
 * chess.js 1.4.0 run by Node.js as an independent rules implementation: {@code tools/oracle/replay.mjs}
 * replays a batch of games in one node process and describes every position reached. Thread-safe
 * (it holds only paths; each {@link #replay} starts its own process).
 */
final class ChessJsOracle {
    static final String VERSION = "1.4.0";
    static final String INSTALL_HINT = "install the oracle with scripts/install-oracles.sh (needs node and npm on the PATH)";
    private static final String SCRIPT = "replay.mjs";
    private static final long TIMEOUT_SECONDS = 120;

    private final Path directory;

    ChessJsOracle(Path directory) {
        this.directory = directory;
    }

    /** The oracle in {@code rookery.oracle.dir} (set by the build), else in {@code tools/oracle} above the working directory. */
    static ChessJsOracle inThisCheckout() {
        String configured = System.getProperty("rookery.oracle.dir");
        if (configured != null && !configured.isBlank()) return new ChessJsOracle(Path.of(configured));
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("tools/oracle/package.json"))) return new ChessJsOracle(dir.resolve("tools/oracle"));
        }
        return new ChessJsOracle(Path.of("tools/oracle").toAbsolutePath());
    }

    /** Why the oracle cannot run here, or empty when it can. */
    Optional<String> whyUnavailable() {
        if (node().isEmpty()) return Optional.of("node is not on the PATH");
        if (!Files.isRegularFile(directory.resolve(SCRIPT))) return Optional.of("no " + SCRIPT + " in " + directory);
        Path manifest = directory.resolve("node_modules/chess.js/package.json");
        if (!Files.isRegularFile(manifest)) return Optional.of("chess.js is not installed in " + directory);
        try {
            Object version = JsonLine.parseObject(Files.readString(manifest)).get("version");
            if (!VERSION.equals(version)) {
                return Optional.of("chess.js " + version + " is installed in " + directory + ", the test expects " + VERSION
                        + " (delete its node_modules first)");
            }
        } catch (IOException | RuntimeException e) {
            return Optional.of("cannot read " + manifest + ": " + e.getMessage());
        }
        return Optional.empty();
    }

    /** chess.js's description of every position of every game, in output order (by game, then ply). */
    List<Map<String, Object>> replay(List<PlayedGame> games) throws IOException, InterruptedException {
        Path errors = Files.createTempFile("chess-js-oracle", ".log");
        Process process = new ProcessBuilder(node().orElseThrow().toString(), SCRIPT)
                .directory(directory.toFile())
                .redirectError(errors.toFile())
                .start();
        FutureTask<Void> feeding = new FutureTask<>(() -> feed(process, games), null);
        Thread.ofVirtual().start(feeding); // writes while we read, so neither pipe fills up and blocks
        List<Map<String, Object>> lines = new ArrayList<>();
        try (BufferedReader out = process.inputReader(UTF_8)) {
            for (String line = out.readLine(); line != null; line = out.readLine()) lines.add(JsonLine.parseObject(line));
        }
        try {
            feeding.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) throw new IllegalStateException("chess.js oracle hangs");
        } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("could not feed the chess.js oracle: " + Files.readString(errors), e);
        } finally {
            process.destroy();
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException("chess.js oracle exited with " + process.exitValue() + ": " + Files.readString(errors));
        }
        Files.deleteIfExists(errors);
        return lines;
    }

    private static void feed(Process process, List<PlayedGame> games) {
        try (Writer in = process.outputWriter(UTF_8)) {
            for (int i = 0; i < games.size(); i++) {
                PlayedGame game = games.get(i);
                String moves = game.uciMoves().stream().map(JsonLine::quote).collect(Collectors.joining(","));
                in.write("{\"game\":" + i + ",\"fen\":" + JsonLine.quote(game.startFen()) + ",\"moves\":[" + moves + "]}\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<Path> node() {
        String path = System.getenv("PATH");
        if (path == null) return Optional.empty();
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isEmpty()) continue;
            Path candidate = Path.of(dir, "node");
            if (Files.isExecutable(candidate) && !Files.isDirectory(candidate)) return Optional.of(candidate);
        }
        return Optional.empty();
    }
}
