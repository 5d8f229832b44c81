package org.rookery.domain.knowledge.book;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rookery.domain.chess.Color;
import org.rookery.domain.chess.Position;
import org.rookery.domain.chess.San;
import org.rookery.domain.chess.pgn.PgnGame;
import org.rookery.domain.chess.pgn.PgnMove;

/**
 * Builds a Polyglot book from games the way Polyglot's {@code make-book} does, so that both
 * produce the same entries: every mainline move of the first {@code maxPly} plies counts one game
 * and scores 2 for a win of the side that played it, 1 for a draw or an unknown result, 0 for a
 * loss; a position's counts are halved when one move reaches 16,384 games (so weights fit in 16
 * bits); moves played in fewer than {@code minGames} games or scoring 0 are left out; the weight
 * is the score, learn is 0. Entries are sorted by key, then heaviest first, then by move.
 * Chess960 games are skipped: the format's castling rights cannot tell their rooks apart.
 * Not thread-safe.
 */
public final class BookBuilder {
    private static final int COUNT_MAX = 16384;
    private final BookBuildOptions options;
    private final Map<Long, List<Tally>> tallies = new HashMap<>();
    private int games;

    public BookBuilder(BookBuildOptions options) {
        this.options = options;
    }

    /** Adds a game's mainline; returns false when the game was skipped (Chess960). */
    public boolean add(PgnGame game) {
        Position position = game.startPosition();
        if (position.isChess960()) return false;
        int whiteScore = switch (game.result()) {
            case WHITE_WINS -> 2;
            case BLACK_WINS -> 0;
            case DRAW, UNDECIDED -> 1;
        };
        List<PgnMove> moves = game.moves();
        for (int ply = 0; ply < moves.size() && ply < options.maxPly(); ply++) {
            int move = San.parse(position, moves.get(ply).san());
            int score = position.sideToMove() == Color.WHITE ? whiteScore : 2 - whiteScore;
            count(PolyglotKey.of(position), PolyglotMove.encode(move), score);
            position.makeMove(move);
        }
        games++;
        return true;
    }

    /** Games added so far. */
    public int games() {
        return games;
    }

    private void count(long key, int move, int score) {
        List<Tally> atKey = tallies.computeIfAbsent(key, k -> new ArrayList<>(2));
        Tally tally = null;
        for (Tally t : atKey) if (t.move == move) tally = t;
        if (tally == null) atKey.add(tally = new Tally(move));
        tally.games++;
        tally.score += score;
        if (tally.games >= COUNT_MAX) {
            for (Tally t : atKey) {
                t.games = (t.games + 1) / 2;
                t.score = (t.score + 1) / 2;
            }
        }
    }

    /** The entries that survive the filters, in file order. */
    public List<BookEntry> entries() {
        List<BookEntry> entries = new ArrayList<>();
        tallies.forEach((key, atKey) -> {
            for (Tally t : atKey) {
                if (t.games >= options.minGames() && t.score > 0) entries.add(new BookEntry(key, t.move, t.score, 0));
            }
        });
        entries.sort(Comparator.comparing(BookEntry::key, Long::compareUnsigned)
                .thenComparing(Comparator.comparingInt(BookEntry::weight).reversed())
                .thenComparingInt(BookEntry::move));
        return entries;
    }

    /** The book as the bytes of a {@code .bin} file. */
    public byte[] toBytes() {
        List<BookEntry> entries = entries();
        ByteArrayOutputStream out = new ByteArrayOutputStream(entries.size() * BookEntry.BYTES);
        for (BookEntry e : entries) {
            write(out, e.key(), 8);
            write(out, e.move(), 2);
            write(out, e.weight(), 2);
            write(out, e.learn(), 4);
        }
        return out.toByteArray();
    }

    private static void write(ByteArrayOutputStream out, long value, int bytes) {
        for (int i = bytes - 1; i >= 0; i--) out.write((int) (value >>> (8 * i)) & 0xFF);
    }

    /** One move's games and score at one position. */
    private static final class Tally {
        final int move;
        int games;
        int score;

        Tally(int move) {
            this.move = move;
        }
    }
}
