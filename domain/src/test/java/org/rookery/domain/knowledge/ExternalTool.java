package org.rookery.domain.knowledge;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A program from Debian's packages that a test compares against (Polyglot, Stockfish). When it is
 * missing the test is skipped, unless {@code -Drookery.oracles.required=true} (set by
 * {@code ./rookery test}) makes that a failure. Immutable.
 */
public final class ExternalTool {
    private ExternalTool() {}

    /**
     * The program's path: the system property {@code rookery.<name>} if set, else
     * {@code /usr/games/<name>}; aborts or fails the calling test when it is not there.
     */
    public static Path require(String name, String debianPackage) {
        String configured = System.getProperty("rookery." + name);
        Path path = Path.of(configured != null && !configured.isBlank() ? configured : "/usr/games/" + name);
        if (Files.isExecutable(path)) return path;
        return missing(name, path, debianPackage);
    }

    /** A data file a package installs; aborts or fails the calling test when it is not there. */
    public static Path requireFile(Path path, String debianPackage) {
        return Files.isRegularFile(path) ? path : missing(debianPackage, path, debianPackage);
    }

    private static Path missing(String name, Path path, String debianPackage) {
        String why = name + " is not installed at " + path + " (apt-get install " + debianPackage + ", or scripts/install-oracles.sh as root)";
        if (Boolean.getBoolean("rookery.oracles.required")) fail("the " + name + " oracle is required but " + why);
        return abort(name + " unavailable, test skipped: " + why);
    }
}
