package org.rookery.domain.knowledge.endgame;

import java.nio.file.Path;

/**
 * The tablebase the tests share: the standard endings cached in {@code target/test-tablebases},
 * so that a table is solved once per build however many tests look it up. Thread-safe.
 */
public final class TestTablebases {
    private static final Tablebase SHARED = Tablebase.cachedIn(folder(), Tablebase.standardEndings());

    private TestTablebases() {}

    public static Tablebase shared() {
        return SHARED;
    }

    /** The cache folder: {@code rookery.tablebase.dir} when set, else under the module's target. */
    public static Path folder() {
        String configured = System.getProperty("rookery.tablebase.dir");
        return Path.of(configured != null && !configured.isBlank() ? configured : "target/test-tablebases");
    }
}
