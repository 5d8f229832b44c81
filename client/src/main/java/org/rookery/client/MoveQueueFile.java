package org.rookery.client;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * The offline move queue on disk: {@code {"gameId":…,"moves":[{uci,moveId,ply},…]}}, replaced
 * whole through a temporary file and an atomic rename, so a crash leaves the old or the new
 * queue, never half of one. Not thread-safe: {@link MoveQueue} calls it under its lock.
 */
final class MoveQueueFile {
    record Stored(String gameId, List<MoveCommand> moves) {}

    private final Path file;
    private final JsonCodec json;

    MoveQueueFile(Path file, JsonCodec json) {
        this.file = file;
        this.json = json;
    }

    /** The moves kept for {@code gameId}; none if the file does not exist; refuses a file kept for another game. */
    List<MoveCommand> load(String gameId) {
        if (!Files.exists(file)) return List.of();
        try {
            Stored stored = json.read(Files.readString(file), Stored.class);
            if (!gameId.equals(stored.gameId())) {
                throw new IllegalArgumentException(file + " keeps the moves of game " + stored.gameId() + ", not of " + gameId);
            }
            return stored.moves() == null ? List.of() : List.copyOf(stored.moves());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the move queue " + file, e);
        }
    }

    void save(String gameId, List<MoveCommand> moves) {
        try {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path temp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
            Files.writeString(temp, json.write(new Stored(gameId, moves)));
            try {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the move queue " + file, e);
        }
    }
}
