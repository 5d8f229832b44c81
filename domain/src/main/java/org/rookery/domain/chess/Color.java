package org.rookery.domain.chess;

/** A side: White or Black. Immutable. */
public enum Color {
    WHITE,
    BLACK;

    public Color opposite() {
        return this == WHITE ? BLACK : WHITE;
    }

    /** The lower-case name used on the wire and in the API ({@code "white"}, {@code "black"}). */
    public String wireName() {
        return this == WHITE ? "white" : "black";
    }
}
