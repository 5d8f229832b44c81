package org.rookery.ports.in;

/** One half-move of a finished game's move list: its number from 1, in SAN and in UCI. Immutable. */
public record ArchivedMove(int ply, String san, String uci) {
    public ArchivedMove {
        if (ply < 1) throw new IllegalArgumentException("ply counts from 1, got " + ply);
        if (san == null || san.isBlank() || uci == null || uci.isBlank()) throw new IllegalArgumentException("san and uci are required");
    }
}
