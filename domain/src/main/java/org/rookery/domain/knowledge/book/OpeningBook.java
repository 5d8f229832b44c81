package org.rookery.domain.knowledge.book;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.rookery.domain.chess.Move;
import org.rookery.domain.chess.Position;
import org.rookery.domain.chess.San;
import org.rookery.domain.chess.Uci;

/**
 * A Polyglot opening book ({@code .bin}): 16-byte big-endian entries sorted by key, found by
 * binary search. Answers the explorer (every book move of a position with its weight, share and
 * learn value) and picks a move for a bot, each move with probability weight / total weight.
 * Entries whose move is not legal in the position (a key collision or a damaged entry) are left
 * out. Immutable, so thread-safe; the {@link Position} passed in is used as scratch and restored.
 */
public final class OpeningBook {
    private static final OpeningBook EMPTY = new OpeningBook(new byte[0]);
    private final byte[] data;
    private final int size;
    private final String fingerprint;

    private OpeningBook(byte[] data) {
        this.data = data;
        this.size = data.length / BookEntry.BYTES;
        this.fingerprint = sha256(data);
    }

    /**
     * A book from the bytes of a {@code .bin} file (copied).
     *
     * @throws InvalidBookException when the bytes are not whole entries sorted by key
     */
    public static OpeningBook of(byte[] bytes) {
        if (bytes.length % BookEntry.BYTES != 0) {
            throw new InvalidBookException("a Polyglot book is a series of 16-byte entries, but it has "
                    + bytes.length + " bytes (" + bytes.length % BookEntry.BYTES + " left over)");
        }
        OpeningBook book = new OpeningBook(bytes.clone());
        for (int i = 1; i < book.size; i++) {
            if (Long.compareUnsigned(book.key(i - 1), book.key(i)) > 0) {
                throw new InvalidBookException("entry " + i + " (key " + Long.toHexString(book.key(i))
                        + ") comes after a larger key: a Polyglot book is sorted by key");
            }
        }
        return book;
    }

    /** Reads a whole {@code .bin} stream (not closed). */
    public static OpeningBook read(InputStream in) throws IOException {
        return of(in.readAllBytes());
    }

    public static OpeningBook empty() {
        return EMPTY;
    }

    /**
     * The SHA-256 of the book's bytes in hex: what a cache of book answers keys its version on,
     * so that answers of another book are never served.
     */
    public String fingerprint() {
        return fingerprint;
    }

    /** How many entries the book holds. */
    public int size() {
        return size;
    }

    /** The entry at an index (0 ≤ index < size), in file order. */
    public BookEntry entry(int index) {
        int at = index * BookEntry.BYTES;
        return new BookEntry(key(index), (int) read(at + 8, 2), (int) read(at + 10, 2), read(at + 12, 4));
    }

    /** The entries filed under a key, in file order. */
    public List<BookEntry> entries(long key) {
        List<BookEntry> found = new ArrayList<>();
        for (int i = firstIndexOf(key); i < size && key(i) == key; i++) found.add(entry(i));
        return found;
    }

    /** The explorer's answer: the position's legal book moves, heaviest first. */
    public BookAnswer explore(Position position) {
        long key = PolyglotKey.of(position);
        List<BookEntry> entries = entries(key);
        long total = 0;
        List<int[]> legal = new ArrayList<>(); // {move, entry index in 'entries'}
        for (int i = 0; i < entries.size(); i++) {
            int move = PolyglotMove.decode(position, entries.get(i).move());
            if (move == Move.NONE) continue;
            legal.add(new int[] {move, i});
            total += entries.get(i).weight();
        }
        List<BookMove> moves = new ArrayList<>(legal.size());
        for (int[] m : legal) {
            BookEntry e = entries.get(m[1]);
            double share = total == 0 ? 0 : (double) e.weight() / total;
            moves.add(new BookMove(Uci.format(position, m[0]), San.format(position, m[0]), e.weight(), share, e.learn()));
        }
        moves.sort(Comparator.comparingInt(BookMove::weight).reversed());
        return new BookAnswer(position.toFen(), key, moves);
    }

    /**
     * A book move for a bot, drawn with probability weight / total weight (moves of weight 0 are
     * never drawn); empty when the position has no book move of positive weight.
     */
    public Optional<BookMove> choose(Position position, RandomGenerator random) {
        BookAnswer answer = explore(position);
        long total = answer.totalWeight();
        if (total == 0) return Optional.empty();
        long ticket = random.nextLong(total);
        for (BookMove move : answer.moves()) {
            ticket -= move.weight();
            if (ticket < 0) return Optional.of(move);
        }
        throw new IllegalStateException("weights changed while drawing"); // unreachable: the sum is fixed
    }

    private int firstIndexOf(long key) {
        int lo = 0, hi = size; // first index whose key is >= key, unsigned
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (Long.compareUnsigned(key(mid), key) < 0) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    private static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private long key(int index) {
        return read(index * BookEntry.BYTES, 8);
    }

    private long read(int at, int bytes) {
        long value = 0;
        for (int i = 0; i < bytes; i++) value = (value << 8) | (data[at + i] & 0xFF);
        return value;
    }
}
