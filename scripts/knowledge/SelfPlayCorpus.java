import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.zip.GZIPOutputStream;
import org.rookery.domain.chess.Color;
import org.rookery.domain.chess.Position;
import org.rookery.domain.chess.San;
import org.rookery.domain.chess.Uci;
import org.rookery.domain.chess.pgn.PgnGame;
import org.rookery.domain.chess.pgn.PgnMove;
import org.rookery.domain.chess.pgn.PgnResult;
import org.rookery.domain.chess.pgn.PgnWriter;
import org.rookery.domain.chess.pgn.TagPair;

/**
 * Plays Stockfish against itself and writes the games as gzipped PGN: the corpus the project's
 * opening book is built from (scripts/knowledge/generate-corpus.sh runs it). Variety comes from
 * the opening: for the first OPENING_PLIES plies Stockfish proposes its best MULTI_PV moves and
 * one is drawn at random among those within MARGIN_CP centipawns of the best (seeded, so the
 * corpus is reproducible with one thread); after that it plays its best move at a fixed node
 * count. A game ends by the rules (our engine judges), by adjudication (a side ahead by more than
 * ADJUDICATE_CP, or a mate score, for 6 plies in a row) or as a draw at MAX_PLIES.
 *
 * Usage: java -cp domain/target/classes SelfPlayCorpus.java GAMES SEED OUT.pgn.gz [STOCKFISH]
 */
public final class SelfPlayCorpus {
    static final int OPENING_PLIES = 14, MULTI_PV = 5, MARGIN_CP = 40, OPENING_DEPTH = 8;
    static final int NODES = 4000, ADJUDICATE_CP = 900, MAX_PLIES = 220;

    public static void main(String[] args) throws Exception {
        int games = Integer.parseInt(args[0]);
        long seed = Long.parseLong(args[1]);
        Path out = Path.of(args[2]);
        String stockfish = args.length > 3 ? args[3] : "/usr/games/stockfish";
        SplittableRandom random = new SplittableRandom(seed);
        Process engine = new ProcessBuilder(stockfish).redirectErrorStream(true).start();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(engine.getInputStream(), StandardCharsets.US_ASCII));
                Writer engineIn = new OutputStreamWriter(engine.getOutputStream(), StandardCharsets.US_ASCII);
                Writer pgn = new BufferedWriter(new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(out)), StandardCharsets.UTF_8))) {
            Uci uci = new Uci(in, engineIn);
            uci.send("uci");
            uci.await("uciok");
            uci.send("setoption name Threads value 1");
            uci.send("setoption name Hash value 16");
            long started = System.nanoTime();
            for (int g = 1; g <= games; g++) {
                pgn.write(PgnWriter.write(play(uci, random, g)));
                if (g % 50 == 0) {
                    System.err.printf("%d games, %.0f s%n", g, (System.nanoTime() - started) / 1e9);
                }
            }
            uci.send("quit");
        } finally {
            engine.destroy();
        }
    }

    static PgnGame play(Uci uci, SplittableRandom random, int round) throws IOException {
        uci.send("ucinewgame");
        Position position = Position.start();
        List<String> uciMoves = new ArrayList<>();
        List<PgnMove> moves = new ArrayList<>();
        PgnResult result = null;
        int decisiveStreak = 0, lastSign = 0;
        while (result == null) {
            if (position.status().isOver()) {
                result = position.isCheckmate()
                        ? (position.sideToMove() == Color.WHITE ? PgnResult.BLACK_WINS : PgnResult.WHITE_WINS)
                        : PgnResult.DRAW;
                break;
            }
            if (position.canClaimThreefoldRepetition() || position.canClaimFiftyMoves() || moves.size() >= MAX_PLIES) {
                result = PgnResult.DRAW;
                break;
            }
            uci.send("position startpos" + (uciMoves.isEmpty() ? "" : " moves " + String.join(" ", uciMoves)));
            boolean opening = moves.size() < OPENING_PLIES;
            Choice choice = opening ? openingChoice(uci, random) : uci.best("go nodes " + NODES);
            int whiteCp = position.sideToMove() == Color.WHITE ? choice.cp : -choice.cp;
            int sign = Math.abs(whiteCp) > ADJUDICATE_CP ? Integer.signum(whiteCp) : 0;
            decisiveStreak = sign != 0 && sign == lastSign ? decisiveStreak + 1 : (sign != 0 ? 1 : 0);
            lastSign = sign;
            if (decisiveStreak >= 6) {
                result = sign > 0 ? PgnResult.WHITE_WINS : PgnResult.BLACK_WINS;
                break;
            }
            int move = org.rookery.domain.chess.Uci.parse(position, choice.move);
            moves.add(new PgnMove(San.format(position, move)));
            uciMoves.add(choice.move);
            position.makeMove(move);
        }
        List<TagPair> tags = List.of(new TagPair("Event", "Rookery self-play corpus"), new TagPair("Site", "?"),
                new TagPair("Date", "????.??.??"), new TagPair("Round", Integer.toString(round)),
                new TagPair("White", "Stockfish 15.1"), new TagPair("Black", "Stockfish 15.1"));
        return new PgnGame(tags, List.of(), moves, result);
    }

    /** One of the best moves within MARGIN_CP of the best, drawn uniformly. */
    static Choice openingChoice(Uci uci, SplittableRandom random) throws IOException {
        uci.send("setoption name MultiPV value " + MULTI_PV);
        List<Choice> lines = uci.lines("go depth " + OPENING_DEPTH);
        uci.send("setoption name MultiPV value 1");
        int best = lines.get(0).cp;
        List<Choice> near = lines.stream().filter(c -> c.cp >= best - MARGIN_CP).toList();
        return near.get(random.nextInt(near.size()));
    }

    /** A move with its score in centipawns for the side to move (mates as ±100000). */
    record Choice(String move, int cp) {}

    /** The few UCI exchanges the generator needs. */
    record Uci(BufferedReader in, Writer out) {
        void send(String command) throws IOException {
            out.write(command + "\n");
            out.flush();
        }

        String await(String prefix) throws IOException {
            for (String line = in.readLine(); line != null; line = in.readLine()) if (line.startsWith(prefix)) return line;
            throw new IOException("the engine stopped before '" + prefix + "'");
        }

        Choice best(String go) throws IOException {
            List<Choice> lines = lines(go);
            return lines.get(0);
        }

        /** The last score of each MultiPV line (index 1 first) and the best move. */
        List<Choice> lines(String go) throws IOException {
            send(go);
            List<Choice> byPv = new ArrayList<>();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.startsWith("bestmove")) {
                    String best = line.split(" ")[1];
                    if (byPv.isEmpty()) byPv.add(new Choice(best, 0));
                    if (!byPv.get(0).move.equals(best)) byPv.set(0, new Choice(best, byPv.get(0).cp));
                    return byPv;
                }
                if (!line.startsWith("info") || !line.contains(" pv ") || line.contains("bound")) continue;
                String[] t = line.split(" ");
                int pv = 1, cp = 0;
                String move = null;
                for (int i = 0; i < t.length - 1; i++) {
                    switch (t[i]) {
                        case "multipv" -> pv = Integer.parseInt(t[i + 1]);
                        case "cp" -> cp = Integer.parseInt(t[i + 1]);
                        case "mate" -> cp = Integer.parseInt(t[i + 1]) > 0 ? 100000 : -100000;
                        case "pv" -> move = t[i + 1];
                        default -> { }
                    }
                }
                while (byPv.size() < pv) byPv.add(null);
                byPv.set(pv - 1, new Choice(move, cp));
            }
            throw new IOException("the engine stopped while searching");
        }
    }
}
