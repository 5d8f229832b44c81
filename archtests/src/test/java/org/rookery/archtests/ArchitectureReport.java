package org.rookery.archtests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** Writes the architects' report: every rule, why it exists, what it constrains and whether it holds. Stateless. */
final class ArchitectureReport {
    private static final int MAX_VIOLATIONS_SHOWN = 25;

    private ArchitectureReport() {}

    static void write(Path file, List<DocumentedRule.RuleResult> results, int classCount) throws IOException {
        List<DocumentedRule.RuleResult> ordered = results.stream()
                .sorted(Comparator.comparing((DocumentedRule.RuleResult r) -> r.rule().group()).thenComparing(r -> r.rule().field()))
                .toList();
        long passed = ordered.stream().filter(DocumentedRule.RuleResult::passed).count();
        StringBuilder md = new StringBuilder();
        md.append("# Rookery architecture report\n\n")
                .append("Written by the `archtests` module on every `mvn verify`, from ").append(classCount)
                .append(" production classes under `org.rookery`. Every rule is an ArchUnit rule declared as a field in ")
                .append("`archtests/src/test/java/org/rookery/archtests`; the packages a rule constrains must hold classes, ")
                .append("so no rule passes vacuously. The component diagram `docs/architecture.puml` is itself one of the rules. ")
                .append("See `docs/architecture.md` for the design these rules protect.\n\n")
                .append("**").append(passed == ordered.size() ? "All " + passed + " rules pass." : (ordered.size() - passed) + " of " + ordered.size() + " rules FAIL.")
                .append("**\n\n")
                .append("| Rule | Rationale | Constrains | Result |\n| --- | --- | --- | --- |\n");
        for (DocumentedRule.RuleResult r : ordered) {
            md.append("| ").append(r.rule().title()).append(" | ").append(cell(r.rule().rationale())).append(" | ")
                    .append(r.subjectSizes().entrySet().stream().map(e -> "`" + e.getKey() + "` (" + e.getValue() + ")").collect(Collectors.joining(", ")))
                    .append(" | ").append(r.passed() ? "pass" : "**FAIL** (" + r.violations().size() + ")").append(" |\n");
        }
        md.append("\n## The rules in full\n");
        for (DocumentedRule.RuleResult r : ordered) {
            md.append("\n### ").append(r.rule().title()).append("\n\n")
                    .append("- Group: `").append(r.rule().group()).append('.').append(r.rule().field()).append("`\n")
                    .append("- ArchUnit: ").append(cell(r.rule().archUnitSentence())).append("\n")
                    .append("- Why: ").append(r.rule().rationale()).append("\n")
                    .append("- Result: ").append(r.passed() ? "pass" : "FAIL, " + r.violations().size() + " violation(s)").append("\n");
            if (!r.passed()) {
                md.append("\n```\n");
                r.violations().stream().limit(MAX_VIOLATIONS_SHOWN).forEach(v -> md.append(v).append('\n'));
                if (r.violations().size() > MAX_VIOLATIONS_SHOWN) md.append("… and ").append(r.violations().size() - MAX_VIOLATIONS_SHOWN).append(" more\n");
                md.append("```\n");
            }
        }
        Files.createDirectories(file.getParent());
        Files.writeString(file, md);
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
