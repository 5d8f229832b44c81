package org.rookery.domain.chess.pgn;

/** Hand-written PGN texts shared by the PGN tests. */
final class PgnGames {
    private PgnGames() {}

    static final String SCHOLARS_MATE = """
            [Event "Club blitz"]
            [Site "Leeds ENG"]
            [Date "2024.03.09"]
            [Round "1"]
            [White "Novice, Nora"]
            [Black "Beginner, Ben"]
            [Result "1-0"]

            1. e4 e5 2. Bc4 Nc6 3. Qh5 Nf6?? 4. Qxf7# 1-0
            """;

    /** White takes en passant, promotes, and both sides castle (Black queen-side, White king-side). */
    static final String CASTLING_PROMOTION_EN_PASSANT = """
            [Event "Casual game"]
            [Site "?"]
            [Date "2023.11.02"]
            [Round "-"]
            [White "Alpha"]
            [Black "Omega"]
            [Result "*"]
            [ECO "B01"]

            1. e4 d5 2. e5 f5 3. exf6 Nc6 4. fxg7 Bf5 5. gxh8=Q Qd7 6. Nf3 O-O-O 7. Be2 e5
            8. O-O Bd6 9. Qxg8 Rxg8 *
            """;

    static final String ANNOTATED = """
            [Event "Annotated opening"]
            [Site "?"]
            [Date "????.??.??"]
            [Round "?"]
            [White "White"]
            [Black "Black"]
            [Result "1/2-1/2"]
            [Annotator "Rookery"]

            {A quiet game.} 1. e4 {King's pawn} e5 (1... c5 {Sicilian} 2. Nf3 (2. c3 d5
            (2... Nf6 3. e5) 3. exd5) 2... d6) 2. Nf3 $1 Nc6 3. Bb5!? a6 $6 4. Ba4 Nf6
            5. O-O Be7 1/2-1/2
            """;

    /** Chess960 start position BBQNNRKR: both sides castle on the a-side, the king crossing four files. */
    static final String CHESS960 = """
            [Event "Freestyle rapid"]
            [Site "?"]
            [Date "2025.02.14"]
            [Round "3"]
            [White "Fischer"]
            [Black "Random"]
            [Result "*"]
            [Variant "Chess960"]
            [SetUp "1"]
            [FEN "bbqnnrkr/pppppppp/8/8/8/8/PPPPPPPP/BBQNNRKR w HFhf - 0 1"]

            1. Nd3 Nd6 2. Ne3 Ne6 3. b3 b6 4. Qb2 Qb7 5. O-O-O O-O-O 6. Nf5 Nxf5
            7. Qxg7 Nexg7 *
            """;
}
