package org.rookery.runtime.observability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The Prometheus rules of docs/ops are valid ({@code promtool check rules}), fire on synthetic
 * series exactly as their unit tests say ({@code promtool test rules}), and every alert has a unit
 * test and a runbook entry that tells what to do.
 */
class OpsRulesTest {
    @Test
    void the_rules_pass_promtools_check() throws Exception {
        Promtool.Run run = Promtool.run(OpsFiles.ROOT, "check", "rules", OpsFiles.ROOT.relativize(OpsFiles.RULES).toString());
        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.output()).contains("SUCCESS");
    }

    @Test
    void the_alerts_and_records_behave_on_synthetic_series_as_their_unit_tests_say() throws Exception {
        Promtool.Run run = Promtool.run(OpsFiles.ROOT, "test", "rules", "docs/ops/prometheus/tests/rookery.test.yml");
        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.output()).contains("SUCCESS").doesNotContain("FAILED");
    }

    @Test
    void every_alert_has_a_unit_test_and_a_runbook_entry() throws Exception {
        List<String> alerts = OpsFiles.alerts();
        assertThat(alerts).contains("LiveGameMoveAvailabilityFastBurn", "LiveGameMoveLatencyFastBurn", "RookeryNodeDown",
                "RookeryCircuitBreakerOpen", "RookeryRateLimitAbuse", "RookeryRelayLagging", "RookeryKafkaConsumerLagging");
        String tests = Files.readString(OpsFiles.OPS.resolve("prometheus/tests/rookery.test.yml"));
        String runbook = Files.readString(OpsFiles.ROOT.resolve("docs/runbook.md"));
        String rules = Files.readString(OpsFiles.RULES);
        for (String alert : alerts) {
            assertThat(tests).as("a unit test of " + alert).contains("alertname: " + alert + "\n");
            assertThat(runbook).as("a runbook heading for " + alert).contains("### " + alert + "\n");
            assertThat(rules).as("the runbook link of " + alert).contains("runbook: docs/runbook.md#" + alert.toLowerCase(Locale.ROOT) + "\n");
        }
    }
}
