package org.rookery.adapters.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import org.jooq.DSLContext;
import java.util.stream.Stream;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

/**
 * Every column of the migrated schema says whether it holds personal data: its comment starts
 * with {@code personal:} or {@code operational:} (the anonymization script scrubs the first). A
 * new column without one fails here. Read from the database itself, as migrated.
 */
class SchemaClassificationTest {

    @Test
    void every_column_of_every_table_carries_a_classification() throws Exception {
        TestDatabase.shared(); // migrated
        PostgresSettings s = TestDatabase.settings();
        try (Connection c = DriverManager.getConnection(s.url(), s.user(), s.password())) {
            DSLContext dsl = DSL.using(c, SQLDialect.POSTGRES);
            List<Table<?>> tables = dsl.meta().filterSchemas(schema -> schema.getName().equals("public")).getTables().stream()
                    .filter(t -> !t.getName().startsWith("flyway")).toList();
            List<String> unclassified = tables.stream().flatMap(t -> Stream.of(t.fields())
                    .filter(f -> !f.getComment().startsWith("personal: ") && !f.getComment().startsWith("operational: "))
                    .map(f -> t.getName() + "." + f.getName())).toList();
            assertThat(unclassified).as("columns without 'personal: …' or 'operational: …'").isEmpty();
            assertThat(tables).extracting(Table::getName).contains("game_event", "game_snapshot", "rating", "leaderboard_entry", "match_retry");
            assertThat(tables.stream().mapToInt(t -> t.fields().length).sum()).as("columns looked at").isGreaterThan(50);
        }
    }
}
