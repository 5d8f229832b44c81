package org.rookery.domain.chess.pgn.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rookery.domain.chess.pgn.PgnResult;
import org.rookery.domain.chess.pgn.TagPair;

/** Puts tag pairs in the order PGN export wants and checks that they agree with each other. Stateless. */
public final class TagRoster {
    /** The Seven Tag Roster, in export order. */
    public static final List<String> SEVEN = List.of("Event", "Site", "Date", "Round", "White", "Black", "Result");

    private TagRoster() {}

    /**
     * The Seven Tag Roster first (missing ones as {@code "?"}, the date as {@code "????.??.??"}), then
     * the other tags in their given order, with {@code SetUp "1"} added before a {@code FEN} lacking it.
     *
     * @throws IllegalArgumentException for a repeated tag, a {@code Result} tag other than the result,
     *     or {@code SetUp} and {@code FEN} that contradict each other
     */
    public static List<TagPair> canonical(List<TagPair> tags, PgnResult result) {
        Map<String, String> byName = new LinkedHashMap<>();
        for (TagPair t : tags) {
            if (byName.put(t.name(), t.value()) != null) {
                throw new IllegalArgumentException("tag " + t.name() + " is given twice");
            }
        }
        String resultTag = byName.get("Result");
        if (resultTag != null && !resultTag.equals(result.token())) {
            throw new IllegalArgumentException(
                    "the Result tag says " + resultTag + " but the game's result is " + result.token());
        }
        String setUp = byName.get("SetUp");
        boolean hasFen = byName.containsKey("FEN");
        if (setUp != null && !setUp.equals(hasFen ? "1" : "0")) {
            throw new IllegalArgumentException(hasFen
                    ? "SetUp \"" + setUp + "\" beside a FEN tag; it must be \"1\""
                    : "SetUp \"" + setUp + "\" but there is no FEN tag");
        }
        List<TagPair> out = new ArrayList<>(byName.size() + 8);
        for (String name : SEVEN) {
            String value = name.equals("Result") ? result.token() : byName.getOrDefault(name, defaultValue(name));
            out.add(new TagPair(name, value));
        }
        for (Map.Entry<String, String> e : byName.entrySet()) {
            if (SEVEN.contains(e.getKey())) continue;
            if (e.getKey().equals("FEN") && setUp == null) out.add(new TagPair("SetUp", "1"));
            out.add(new TagPair(e.getKey(), e.getValue()));
        }
        return List.copyOf(out);
    }

    private static String defaultValue(String name) {
        return name.equals("Date") ? "????.??.??" : "?";
    }
}
