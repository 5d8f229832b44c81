package org.rookery.domain.chess;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;
import java.util.random.RandomGenerator;

/**
 * Seeded random games played with the engine and steered by a {@link Style} towards the
 * positions a test wants to see: tactics, long quiet manoeuvres, repetitions. Not thread-safe
 * (it draws from one random generator).
 */
public final class RandomGames {
    /** How moves are chosen once the opening plies are played. */
    public enum Style {
        /** Any legal move, equally likely. */
        UNIFORM,
        /** Often a capture, promotion, castling or check; otherwise any move. */
        TACTICAL,
        /** Neither pawn moves nor captures when avoidable, so the fifty- and seventy-five-move counters run. */
        QUIET,
        /** Mostly undoes the mover's previous move, so positions repeat three and five times. */
        SHUFFLE,
        /** Mostly a move that leaves the opponent the fewest replies, so games end in checkmate or stalemate. */
        CRAMPING
    }

    /** A game: the FEN it starts from and the moves played, in UCI. */
    public record PlayedGame(String startFen, List<String> uciMoves) {
        public PlayedGame {
            if (startFen == null || startFen.isBlank()) throw new IllegalArgumentException("a game needs a start FEN");
            uciMoves = List.copyOf(uciMoves);
        }
    }

    private static final double TACTICAL_BIAS = 0.6, SHUFFLE_BREAK = 0.12, CRAMPING_BIAS = 0.7;
    private final RandomGenerator random;

    public RandomGames(RandomGenerator random) {
        this.random = random;
    }

    /**
     * Plays from {@code fen}: {@code openingPlies} uniformly random moves, then moves in {@code style},
     * until the game is over by the rules ({@link Position#status()}) or {@code maxPlies} are played.
     */
    public PlayedGame play(String fen, int openingPlies, Style style, int maxPlies) {
        Position position = Position.fromFen(fen);
        List<String> moves = new ArrayList<>();
        while (moves.size() < maxPlies && !position.status().isOver()) {
            int[] legal = position.legalMoves();
            int move = moves.size() < openingPlies ? any(legal) : choose(position, legal, style);
            moves.add(Uci.format(position, move));
            position.makeMove(move);
        }
        return new PlayedGame(fen, moves);
    }

    private int choose(Position position, int[] legal, Style style) {
        return switch (style) {
            case UNIFORM -> any(legal);
            case TACTICAL -> random.nextDouble() < TACTICAL_BIAS ? anyOf(forcing(position, legal), legal) : any(legal);
            case QUIET -> anyOf(quiet(position, legal), legal);
            case SHUFFLE -> shuffle(position, legal);
            case CRAMPING -> random.nextDouble() < CRAMPING_BIAS ? any(cramping(position, legal)) : any(legal);
        };
    }

    private int shuffle(Position position, int[] legal) {
        int previous = previousMoveOfMover(position);
        if (previous != Move.NONE && random.nextDouble() >= SHUFFLE_BREAK) {
            for (int move : legal) {
                boolean undoesIt = Move.from(move) == Move.to(previous) && Move.to(move) == Move.from(previous);
                if (undoesIt && isQuiet(position, move)) return move;
            }
        }
        return anyOf(quiet(position, legal), legal);
    }

    /** The mover's own last move (two plies back), read from a copy so the position stays as it is. */
    private static int previousMoveOfMover(Position position) {
        if (position.plyCount() < 2) return Move.NONE;
        Position beforeOpponentsMove = position.copy();
        beforeOpponentsMove.unmakeMove();
        return beforeOpponentsMove.lastMove();
    }

    private static int[] forcing(Position position, int[] legal) {
        return filter(legal, move -> Move.promotion(move) != null || Move.isEnPassant(move) || Move.isCastling(move)
                || position.pieceTypeAt(Move.to(move)) != null || givesCheck(position, move));
    }

    /** The moves after which the opponent has the fewest legal replies, preferring those that hang no piece. */
    private static int[] cramping(Position position, int[] legal) {
        int[] score = new int[legal.length], replies = new int[256];
        int best = Integer.MAX_VALUE;
        for (int i = 0; i < legal.length; i++) {
            position.makeMove(legal[i]);
            int n = position.legalMoves(replies);
            position.unmakeMove();
            int landed = Move.to(legal[i]);
            boolean hangs = Arrays.stream(replies, 0, n).anyMatch(reply -> Move.to(reply) == landed);
            score[i] = hangs ? n + 1_000 : n;
            best = Math.min(best, score[i]);
        }
        int least = best;
        return IntStream.range(0, legal.length).filter(i -> score[i] == least).map(i -> legal[i]).toArray();
    }

    private static int[] quiet(Position position, int[] legal) {
        return filter(legal, move -> isQuiet(position, move));
    }

    /** Neither a capture nor a pawn move: the halfmove clock keeps running. */
    private static boolean isQuiet(Position position, int move) {
        return !Move.isCastling(move)
                && position.pieceTypeAt(Move.to(move)) == null
                && position.pieceTypeAt(Move.from(move)) != PieceType.PAWN;
    }

    private static boolean givesCheck(Position position, int move) {
        position.makeMove(move);
        boolean check = position.inCheck();
        position.unmakeMove();
        return check;
    }

    private static int[] filter(int[] moves, IntPredicate keep) {
        return Arrays.stream(moves).filter(keep).toArray();
    }

    private int anyOf(int[] preferred, int[] fallback) {
        return preferred.length > 0 ? any(preferred) : any(fallback);
    }

    private int any(int[] moves) {
        return moves[random.nextInt(moves.length)];
    }
}
