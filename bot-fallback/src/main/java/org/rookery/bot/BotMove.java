package org.rookery.bot;

import java.util.List;
import java.util.Objects;

/**
 * The move a bot chose, where it came from, and why each source before it gave nothing (e.g.
 * {@code "book: out of book"}, {@code "engine: timed out after 20000 ms"}). Immutable.
 */
public record BotMove(String uci, MoveSource source, List<String> skipped) {
    public BotMove {
        Objects.requireNonNull(uci, "uci");
        Objects.requireNonNull(source, "source");
        skipped = List.copyOf(skipped);
    }
}
