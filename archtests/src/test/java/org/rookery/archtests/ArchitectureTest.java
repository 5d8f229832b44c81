package org.rookery.archtests;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Runs every rule of the catalogue as its own test, then writes the architecture report. */
class ArchitectureTest {
    static final List<Class<?>> CATALOGUE = List.of(
            HexagonRules.class, PackageRules.class, NamingRules.class, ConventionRules.class, DiagramRules.class);
    private static final List<DocumentedRule.RuleResult> RESULTS = new CopyOnWriteArrayList<>();

    @TestFactory
    Stream<DynamicTest> architecture_rules() {
        return DocumentedRule.in(CATALOGUE).stream().map(rule -> DynamicTest.dynamicTest(rule.title(), () -> {
            DocumentedRule.RuleResult result = rule.check(RookeryClasses.all());
            RESULTS.add(result);
            if (!result.passed()) throw new AssertionError(result.failureText());
        }));
    }

    @AfterAll
    static void write_the_report() throws IOException {
        Path report = Path.of(System.getProperty("rookery.report", "target/architecture-report.md"));
        ArchitectureReport.write(report, RESULTS, RookeryClasses.all().size());
    }
}
