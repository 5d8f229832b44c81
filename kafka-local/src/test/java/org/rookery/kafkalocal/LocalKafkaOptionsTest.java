package org.rookery.kafkalocal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class LocalKafkaOptionsTest {
    private static final Path HOME = Path.of("/home/ann");

    @Test
    void without_arguments_the_broker_takes_port_9092_and_keeps_its_data_under_the_home_folder() {
        assertThat(LocalKafkaOptions.parse(List.of(), HOME)).isEqualTo(new LocalKafkaOptions(9092, Path.of("/home/ann/.rookery/kafka-9092"), false));
    }

    @Test
    void port_data_and_fresh_are_read() {
        assertThat(LocalKafkaOptions.parse(List.of("--port", "19092", "--data", "/tmp/k", "--fresh"), HOME))
                .isEqualTo(new LocalKafkaOptions(19092, Path.of("/tmp/k"), true));
    }

    @Test
    void bad_arguments_are_refused_with_the_usage() {
        assertThatThrownBy(() -> LocalKafkaOptions.parse(List.of("--port", "ninety"), HOME)).hasMessageContaining("--port must be a number").hasMessageContaining("usage:");
        assertThatThrownBy(() -> LocalKafkaOptions.parse(List.of("--port", "70000"), HOME)).hasMessageContaining("between 0 and 65535");
        assertThatThrownBy(() -> LocalKafkaOptions.parse(List.of("--port"), HOME)).hasMessageContaining("--port needs a value");
        assertThatThrownBy(() -> LocalKafkaOptions.parse(List.of("--verbose"), HOME)).hasMessageContaining("unknown argument --verbose");
    }
}
