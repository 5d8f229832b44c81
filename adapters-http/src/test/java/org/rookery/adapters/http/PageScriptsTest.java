package org.rookery.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The browser page's logic that needs no browser (game model, offline queue, FEN, backoff, PGN,
 * links), tested by Node's own test runner on {@code src/test/js/*.test.mjs}: the modules the page
 * loads, imported as they are. Skipped without Node unless the build requires its oracles.
 */
class PageScriptsTest {
    private static final Path TESTS = Path.of("src", "test", "js");

    @Test
    void the_page_modules_pass_their_node_tests() throws Exception {
        List<String> command = new ArrayList<>(List.of("node", "--test", "--test-reporter=spec"));
        try (Stream<Path> files = Files.list(TESTS)) {
            files.filter(f -> f.getFileName().toString().endsWith(".test.mjs")).sorted().map(Path::toString).forEach(command::add);
        }
        assertThat(command).as("test files in " + TESTS).hasSizeGreaterThan(3);
        Process node;
        try {
            node = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            String why = "node is not installed (" + e.getMessage() + "); apt-get install nodejs";
            if (Boolean.getBoolean("rookery.oracles.required")) fail("the page's Node tests are required but " + why);
            abort("page script tests skipped: " + why);
            return;
        }
        String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(node.waitFor(60, TimeUnit.SECONDS)).as("node finished").isTrue();
        System.out.println(output);
        assertThat(node.exitValue()).as("node --test exit code; its report:%n%s", output).isZero();
        assertThat(output).containsPattern("pass [1-9]").containsPattern("fail 0\\b");
    }
}
