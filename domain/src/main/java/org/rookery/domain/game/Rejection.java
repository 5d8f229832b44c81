package org.rookery.domain.game;

import java.util.Locale;

/**
 * Why a command was refused. Each constant's {@link #code()} is the stable machine code of
 * API.md's problem details ({@code "stale_ply"}), so adapters map rejections 1:1. Immutable.
 */
public enum Rejection {
    /** The move is malformed or not legal in the position. */
    ILLEGAL_MOVE,
    /** It is the other player's move. */
    NOT_YOUR_TURN,
    /** The move was decided at a ply that is no longer the game's. */
    STALE_PLY,
    /** No game has this id. */
    GAME_NOT_FOUND,
    /** The actor is not allowed to do this (not a player, or not the creator). */
    FORBIDDEN,
    /** The requested start position is not a valid FEN, or the game would be over before it starts. */
    INVALID_FEN,
    /** The time control's values are out of bounds. */
    INVALID_TIME_CONTROL,
    /** A field of the request is missing or malformed (e.g. a blank move id). */
    INVALID_REQUEST,
    /** The command needs a game in progress, and this one is waiting, ended or aborted. */
    GAME_NOT_IN_PROGRESS,
    /** The lifecycle does not allow the transition the command asks for. */
    INVALID_TRANSITION,
    /** A player tried to join the game they created. */
    CANNOT_JOIN_OWN_GAME,
    /** Both colours are taken. */
    GAME_FULL,
    /** Both sides have moved, so the game can only be resigned or drawn. */
    ABORT_NOT_ALLOWED,
    /** There is no pending draw offer from the opponent to accept or decline. */
    NO_DRAW_OFFER,
    /** The player's own draw offer is still pending. */
    DRAW_ALREADY_OFFERED,
    /** Neither threefold repetition nor the fifty-move rule applies to the current position. */
    DRAW_NOT_CLAIMABLE,
    /** The running clock has time left, so there is no flag to call. */
    CLOCK_NOT_EXPIRED;

    /** The stable machine code ({@code "not_your_turn"}). */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
