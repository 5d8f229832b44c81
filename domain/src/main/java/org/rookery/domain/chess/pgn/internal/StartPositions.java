package org.rookery.domain.chess.pgn.internal;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.rookery.domain.chess.InvalidFenException;
import org.rookery.domain.chess.Position;
import org.rookery.domain.chess.pgn.TagPair;

/** Finds the position a PGN game starts from, from its {@code FEN} and {@code Variant} tags. Stateless. */
public final class StartPositions {
    private static final Set<String> STANDARD = Set.of("standard", "chess", "normal", "from position");
    private static final Set<String> CHESS960 =
            Set.of("chess960", "chess 960", "fischerandom", "fischer random", "fischer random chess", "frc");

    /** What a {@code Variant} tag names. */
    public enum Variant {
        STANDARD,
        CHESS960,
        UNSUPPORTED
    }

    private StartPositions() {}

    public static Variant variant(String tagValue) {
        if (tagValue == null) return Variant.STANDARD;
        String v = tagValue.strip().toLowerCase(Locale.ROOT);
        if (STANDARD.contains(v)) return Variant.STANDARD;
        return CHESS960.contains(v) ? Variant.CHESS960 : Variant.UNSUPPORTED;
    }

    /**
     * The start position of a game with these tags.
     *
     * @throws InvalidFenException when the FEN tag is not a valid FEN
     * @throws IllegalArgumentException when the variant is not chess or Chess960
     */
    public static Position of(List<TagPair> tags) {
        String fen = null, variant = null;
        for (TagPair t : tags) {
            if (t.name().equals("FEN")) fen = t.value();
            if (t.name().equals("Variant")) variant = t.value();
        }
        return of(fen, variant);
    }

    public static Position of(String fen, String variantTag) {
        Variant variant = variant(variantTag);
        if (variant == Variant.UNSUPPORTED) {
            throw new IllegalArgumentException("variant \"" + variantTag + "\" is not supported (only chess and Chess960)");
        }
        String start = fen == null ? Position.STANDARD_START : fen;
        return variant == Variant.CHESS960 ? Position.fromChess960Fen(start) : Position.fromFen(start);
    }
}
