package org.rookery.domain.knowledge.endgame;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rookery.domain.chess.Position;

/** Tables are written once, read back by the next process, and rebuilt when their file is damaged. */
class TablebaseCacheTest {
    private static final Position KRK = Position.fromFen("8/8/8/4k3/8/8/1R6/K7 w - - 0 1");

    @TempDir
    Path folder;

    @Test
    void a_table_is_solved_at_first_use_and_written_to_the_folder() throws IOException {
        Tablebase tablebase = Tablebase.cachedIn(folder, Set.of(Ending.of("KRK")));
        assertThat(folder.resolve("KRK.rtb")).doesNotExist();

        EndgameAnswer answer = tablebase.probe(KRK).orElseThrow();

        assertThat(folder.resolve("KRK.rtb")).isRegularFile();
        assertThat(Files.size(folder.resolve("KRK.rtb"))).isBetween(1_000L, 200_000L);
        assertThat(answer.wdl()).isEqualTo(Wdl.WIN);
        try (var files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("KRK.rtb"); // no temporary file left
        }
    }

    @Test
    void the_version_answers_are_keyed_on_is_the_one_written_in_table_files() throws IOException {
        Tablebase.cachedIn(folder, Set.of(Ending.of("KRK"))).prepare(Ending.of("KRK"));
        byte[] file = Files.readAllBytes(folder.resolve("KRK.rtb"));
        int written = ((file[4] & 0xFF) << 24) | ((file[5] & 0xFF) << 16) | ((file[6] & 0xFF) << 8) | (file[7] & 0xFF);
        assertThat(Tablebase.version()).isEqualTo("rtb" + written);
    }

    @Test
    void the_next_process_reads_the_file_instead_of_solving_again() throws IOException {
        EndgameAnswer first = Tablebase.cachedIn(folder, Set.of(Ending.of("KRK"))).probe(KRK).orElseThrow();
        Path file = folder.resolve("KRK.rtb");
        FileTime written = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(file, written);

        EndgameAnswer second = Tablebase.cachedIn(folder, Set.of(Ending.of("KRK"))).probe(KRK).orElseThrow();

        assertThat(second).isEqualTo(first);
        assertThat(Files.getLastModifiedTime(file)).as("not rewritten").isEqualTo(written);
    }

    @Test
    void a_damaged_a_truncated_or_a_foreign_file_is_rebuilt() throws IOException {
        Tablebase.cachedIn(folder, Set.of(Ending.of("KRK"))).prepare(Ending.of("KRK"));
        Path file = folder.resolve("KRK.rtb");
        byte[] good = Files.readAllBytes(file);

        byte[] flipped = good.clone();
        flipped[good.length / 2] ^= 0x10;
        byte[][] bad = {flipped, Arrays.copyOf(good, good.length / 3), "not a table".getBytes(), new byte[0], withVersion(good, 99)};
        for (byte[] damaged : bad) {
            Files.write(file, damaged);
            EndgameAnswer answer = Tablebase.cachedIn(folder, Set.of(Ending.of("KRK"))).probe(KRK).orElseThrow();
            assertThat(answer.wdl()).isEqualTo(Wdl.WIN);
            assertThat(Files.readAllBytes(file)).as("rewritten whole").isEqualTo(good);
        }
    }

    private static byte[] withVersion(byte[] table, int version) {
        byte[] copy = table.clone();
        copy[4] = (byte) (version >>> 24);
        copy[5] = (byte) (version >>> 16);
        copy[6] = (byte) (version >>> 8);
        copy[7] = (byte) version;
        return copy;
    }
}
