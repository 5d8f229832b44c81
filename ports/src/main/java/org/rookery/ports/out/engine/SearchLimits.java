package org.rookery.ports.out.engine;

/**
 * When a search stops: after a fixed time ({@code movetimeMs}), at a depth, after a number of
 * nodes, or as the engine sees fit on the given clocks; whichever set limit comes first. Zero
 * (or null clocks) means "not set", and at least one limit must be set: an endless search is
 * not something a caller may ask for. Immutable.
 */
public record SearchLimits(long movetimeMs, int depth, long nodes, SearchClocks clocks) {
    /** The deepest search anyone may ask for. */
    public static final int MAX_DEPTH = 100;

    public SearchLimits {
        if (movetimeMs < 0) throw new IllegalArgumentException("movetimeMs cannot be negative, got " + movetimeMs);
        if (depth < 0 || depth > MAX_DEPTH) throw new IllegalArgumentException("depth must be between 0 (not set) and " + MAX_DEPTH + ", got " + depth);
        if (nodes < 0) throw new IllegalArgumentException("nodes cannot be negative, got " + nodes);
        if (movetimeMs == 0 && depth == 0 && nodes == 0 && clocks == null) {
            throw new IllegalArgumentException("a search needs a limit: movetime, depth, nodes or clocks");
        }
    }

    public static SearchLimits movetime(long ms) {
        return new SearchLimits(ms, 0, 0, null);
    }

    public static SearchLimits depth(int depth) {
        return new SearchLimits(0, depth, 0, null);
    }

    public static SearchLimits nodes(long nodes) {
        return new SearchLimits(0, 0, nodes, null);
    }

    public static SearchLimits clocks(SearchClocks clocks) {
        return new SearchLimits(0, 0, 0, clocks);
    }

    public SearchLimits withMovetime(long ms) {
        return new SearchLimits(ms, depth, nodes, clocks);
    }

    public SearchLimits withDepth(int newDepth) {
        return new SearchLimits(movetimeMs, newDepth, nodes, clocks);
    }

    public SearchLimits withNodes(long newNodes) {
        return new SearchLimits(movetimeMs, depth, newNodes, clocks);
    }
}
