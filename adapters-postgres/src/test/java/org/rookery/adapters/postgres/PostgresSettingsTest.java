package org.rookery.adapters.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PostgresSettingsTest {

    @Test
    void without_variables_the_defaults_reach_a_local_server() {
        PostgresSettings s = PostgresSettings.fromEnvironment(Map.of());
        assertThat(s).isEqualTo(PostgresSettings.DEFAULTS);
        assertThat(s.url()).isEqualTo("jdbc:postgresql://127.0.0.1:5432/rookery");
        assertThat(s.user()).isEqualTo("postgres");
    }

    @Test
    void variables_override_the_defaults() {
        PostgresSettings s = PostgresSettings.fromEnvironment(Map.of(PostgresSettings.URL, "jdbc:postgresql://db:6432/games?sslmode=require",
                PostgresSettings.USER, "rookery", PostgresSettings.PASSWORD, "secret", PostgresSettings.POOL_SIZE, "20",
                PostgresSettings.CONNECTION_TIMEOUT, "3000", PostgresSettings.STATEMENT_TIMEOUT, "2000", PostgresSettings.PREPARE_THRESHOLD, "0",
                PostgresSettings.SCHEMA, "live", PostgresSettings.GROUP_COMMIT_MAX, "64"));
        assertThat(s).isEqualTo(new PostgresSettings("jdbc:postgresql://db:6432/games?sslmode=require", "rookery", "secret", 20,
                Duration.ofSeconds(3), Duration.ofSeconds(1), Duration.ofSeconds(2), 0, "live", 64));
        assertThat(DatabaseCreator.databaseName(s.url())).isEqualTo("games");
    }

    @Test
    void bad_values_are_refused_with_their_name() {
        assertThatThrownBy(() -> PostgresSettings.fromEnvironment(Map.of(PostgresSettings.POOL_SIZE, "many")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(PostgresSettings.POOL_SIZE);
        assertThatThrownBy(() -> PostgresSettings.fromEnvironment(Map.of(PostgresSettings.URL, "postgres://db/rookery")))
                .hasMessageContaining("jdbc:postgresql://");
        assertThatThrownBy(() -> PostgresSettings.DEFAULTS.withPoolSize(1)).hasMessageContaining("poolSize");
        assertThatThrownBy(() -> PostgresSettings.DEFAULTS.withSchema("Live; drop")).hasMessageContaining("schema");
        assertThatThrownBy(() -> PostgresSettings.fromEnvironment(Map.of(PostgresSettings.STATEMENT_TIMEOUT, "10")))
                .hasMessageContaining("statementTimeout");
    }

    @Test
    void the_password_never_shows_in_the_text_of_the_settings() {
        PostgresSettings s = PostgresSettings.fromEnvironment(Map.of(PostgresSettings.PASSWORD, "hunter2"));
        assertThat(s.toString()).doesNotContain("hunter2").contains("127.0.0.1");
    }
}
