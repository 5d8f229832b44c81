package org.rookery.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MoveQueueTest {
    final JsonCodec json = new JsonCodec();

    @Test
    void keeps_moves_in_order_up_to_its_capacity_and_refuses_more_with_a_typed_exception() {
        MoveQueue queue = new MoveQueue(2, "g1", null);
        MoveCommand e4 = MoveCommand.of("e2e4", 0), d4 = MoveCommand.of("d2d4", 0);
        queue.add(e4, "r1");
        queue.add(d4, "r2");
        assertThat(queue.add(e4, "r3")).as("a waiting moveId gets its entry back").isSameAs(queue.waiting().getFirst());
        assertThatThrownBy(() -> queue.add(MoveCommand.of("c2c4", 0), "r4")).isInstanceOf(MoveQueueFullException.class)
                .hasMessageContaining("2 moves");
        assertThat(queue.waiting()).extracting(e -> e.move).containsExactly(e4, d4);
        assertThat(queue.remove(e4.moveId())).isPresent();
        assertThat(queue.remove(e4.moveId())).as("a repeated answer").isEmpty();
        queue.add(MoveCommand.of("c2c4", 0), "r5");
    }

    @Test
    void closing_abandons_what_waits_and_refuses_new_moves() throws Exception {
        MoveQueue queue = new MoveQueue(4, "g1", null);
        MoveQueue.Entry entry = queue.add(MoveCommand.of("e2e4", 0), "r1");
        queue.abandonAll();
        assertThat(entry.outcome.get()).isEqualTo(new MoveOutcome.Abandoned(entry.move.moveId()));
        assertThatThrownBy(() -> queue.add(MoveCommand.of("d2d4", 0), "r2")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_queue_file_survives_a_restart_and_follows_every_change(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("queue/moves.json");
        MoveCommand e4 = new MoveCommand("e2e4", "m-1", 0), nf3 = new MoveCommand("g1f3", "m-2", 2);
        MoveQueue first = new MoveQueue(4, "g1", new MoveQueueFile(file, json));
        first.add(e4, "r1");
        first.add(nf3, "r2");
        first.abandonAll();

        MoveQueue second = new MoveQueue(4, "g1", new MoveQueueFile(file, json));
        assertThat(second.restore()).containsExactly(e4, nf3);
        second.remove("m-1");
        assertThat(new MoveQueueFile(file, json).load("g1")).containsExactly(nf3);
        assertThat(Files.list(file.getParent())).containsExactly(file); // no temporary file left behind
    }

    @Test
    void a_file_kept_for_another_game_or_unreadable_is_refused(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("moves.json");
        new MoveQueueFile(file, json).save("g1", java.util.List.of(MoveCommand.of("e2e4", 0)));
        assertThatThrownBy(() -> new MoveQueue(4, "g2", new MoveQueueFile(file, json)).restore())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("g1");
        Files.writeString(file, "{not json");
        assertThatThrownBy(() -> new MoveQueueFile(file, json).load("g1")).isInstanceOf(java.io.UncheckedIOException.class)
                .hasMessageContaining(file.toString());
    }
}
