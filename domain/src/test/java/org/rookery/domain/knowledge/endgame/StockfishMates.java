package org.rookery.domain.knowledge.endgame;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * A Stockfish process asked for its score of positions over UCI, each answer bounded in time:
 * test-only, just enough to compare mate scores. Not thread-safe; close it.
 */
final class StockfishMates implements AutoCloseable {
    /** Stockfish's score for the side to move: a mate in {@code mate} moves (negative: gets mated), else centipawns. */
    record Score(Integer mate, int centipawns) {}

    private final Process process;
    private final BufferedReader in;
    private final Writer out;
    private final ExecutorService reader = Executors.newSingleThreadExecutor();

    StockfishMates(Path binary) throws IOException {
        process = new ProcessBuilder(binary.toString()).redirectErrorStream(true).start();
        in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.US_ASCII));
        out = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.US_ASCII);
        send("uci");
        awaitLine("uciok", 30);
        send("setoption name Threads value 1");
        send("setoption name Hash value 32");
        send("isready");
        awaitLine("readyok", 30);
    }

    /** Every score of a search, in the order reported (mates as moves, negative when getting mated). */
    record Search(java.util.List<Score> scores) {
        Score last() {
            return scores.get(scores.size() - 1);
        }

        /** The mates reported along the way. */
        java.util.List<Integer> mates() {
            return scores.stream().filter(s -> s.mate() != null).map(Score::mate).toList();
        }
    }

    /**
     * Searches {@code fen} to {@code depth} or for {@code millis}, whichever ends first; stops as
     * soon as Stockfish reports a mate of {@code stopAtMate} moves (when not null).
     */
    Search search(String fen, int depth, long millis, Integer stopAtMate) throws IOException {
        send("ucinewgame");
        send("position fen " + fen);
        send("go depth " + depth + " movetime " + millis);
        java.util.List<Score> scores = new java.util.ArrayList<>();
        boolean stopped = false;
        for (String line = awaitLine("", 60); !line.startsWith("bestmove"); line = awaitLine("", 60)) {
            if (!line.startsWith("info") || !line.contains(" score ") || line.contains("bound")) continue;
            String[] t = line.split(" ");
            for (int i = 0; i < t.length - 2; i++) {
                if (!t[i].equals("score")) continue;
                int value = Integer.parseInt(t[i + 2]);
                scores.add(t[i + 1].equals("mate") ? new Score(value, 0) : new Score(null, value));
                if (!stopped && stopAtMate != null && t[i + 1].equals("mate") && value == stopAtMate) {
                    send("stop");
                    stopped = true;
                }
            }
        }
        if (scores.isEmpty()) throw new IOException("Stockfish gave no score for " + fen);
        return new Search(scores);
    }

    private void send(String command) throws IOException {
        out.write(command + "\n");
        out.flush();
    }

    /** The next line starting with the prefix, waiting at most so many seconds. */
    private String awaitLine(String prefix, int seconds) throws IOException {
        Future<String> line = reader.submit(() -> {
            for (String l = in.readLine(); l != null; l = in.readLine()) if (l.startsWith(prefix)) return l;
            throw new IOException("Stockfish stopped");
        });
        try {
            return line.get(seconds, TimeUnit.SECONDS);
        } catch (Exception e) {
            line.cancel(true);
            throw new IOException("no '" + prefix + "' line from Stockfish within " + seconds + " s", e);
        }
    }

    @Override
    public void close() {
        try {
            send("quit");
        } catch (IOException ignored) {
            // already gone
        }
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) process.destroyForcibly();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        reader.shutdownNow();
    }
}
