package org.rookery.runtime.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bad command lines exit with 2, say what is wrong and show the usage; they never print results. */
class CliUsageTest {

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
        "''                               | no command given",
        "fly                              | unknown command 'fly'",
        "perft                            | missing depth",
        "perft three                      | depth must be a whole number, found 'three'",
        "perft -1                         | depth must not be negative, found -1",
        "perft 99                         | depth must be at most 20, found 99",
        "perft 3 --deep                   | unknown flag '--deep'",
        "perft 3 4                        | unexpected argument '4'",
        "perft 0 --divide                 | --divide needs a depth of at least 1",
        "perft 3 --fen                    | --fen needs a value",
        "moves --fen 8/8/8/8/8/8/8/8      | invalid FEN (field count): expected 6 space-separated fields, found 1",
        "play --fen a --fen b e4          | --fen given twice",
    })
    void rejects_bad_arguments_with_exit_code_2_and_a_usage_line(String commandLine, String problem) {
        CliRun run = CliRun.of(commandLine.isEmpty() ? new String[0] : commandLine.split(" "));

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("error: " + problem).contains("usage: rookery");
    }

    @Test
    void names_the_fen_field_and_the_reason() {
        CliRun run = CliRun.of("perft", "1", "--fen", "rnbqkbnr/pppppppp/8/8/8/8/PPPPPPPP/RNBQKBNR w KQxq - 0 1");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("error: invalid FEN (castling): 'x' is not a castling right")
                .contains("usage: rookery perft <depth> [--fen FEN] [--divide]");
    }

    @Test
    void prints_help_on_stdout_with_exit_code_0() {
        CliRun run = CliRun.of("--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("rookery perft <depth>", "rookery moves", "rookery play");
    }
}
