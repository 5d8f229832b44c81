package org.rookery.benchmarks;

/** The named positions the benchmarks (and scripts/bench-perft.sh) use. Stateless, so thread-safe. */
public final class BenchmarkPositions {
    public static final String START = "rnbqkbnr/pppppppp/8/8/8/8/PPPPPPPP/RNBQKBNR w KQkq - 0 1";
    /** The chessprogramming wiki's "position 2", rich in castling, pins, en passant and promotions. */
    public static final String KIWIPETE = "r3k2r/p1ppqpb1/bn2pnp1/3PN3/1p2P3/2N2Q1p/PPPBBPPP/R3K2R w KQkq - 0 1";

    private BenchmarkPositions() {}

    /** The FEN of {@code start} or {@code kiwipete}. */
    public static String fen(String name) {
        return switch (name) {
            case "start" -> START;
            case "kiwipete" -> KIWIPETE;
            default -> throw new IllegalArgumentException("unknown position '" + name + "' (expected start or kiwipete)");
        };
    }
}
