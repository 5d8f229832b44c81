package org.rookery.domain.knowledge.endgame.internal;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.Inflater;
import org.rookery.domain.knowledge.endgame.Ending;

/**
 * A table on disk ({@code <ending>.rtb}): the magic {@code RKTB}, the format version, the ending's
 * name, the number of values, their CRC-32, the length of the compressed values, then the values
 * deflated. A file that is partial, damaged, of another version or of another ending is not a
 * table: reading says so (empty) and the caller solves again. Writing goes through a temporary
 * file renamed into place, so a reader never sees half a file. Stateless, so thread-safe.
 */
final class TableFile {
    /** Bump when the layout or the solver changes what a table holds: old files are then rebuilt. */
    static final int FORMAT_VERSION = 1;
    private static final int MAGIC = 0x524B5442; // "RKTB"

    private TableFile() {}

    static Path pathIn(Path folder, Ending ending) {
        return folder.resolve(ending.name() + ".rtb");
    }

    static Optional<Table> read(Path file, Layout layout) {
        if (!Files.isRegularFile(file)) return Optional.empty();
        try (DataInputStream in = new DataInputStream(Files.newInputStream(file))) {
            if (in.readInt() != MAGIC || in.readInt() != FORMAT_VERSION) return Optional.empty();
            if (!in.readUTF().equals(layout.ending().name())) return Optional.empty();
            int size = in.readInt();
            long crc = in.readLong();
            int packed = in.readInt();
            if (size != layout.size() || packed <= 0 || packed > size + 1024) return Optional.empty();
            byte[] values = inflate(in.readNBytes(packed), size);
            if (values == null || in.read() != -1 || crcOf(values) != crc) return Optional.empty();
            return Optional.of(new Table(layout, values));
        } catch (IOException e) {
            return Optional.empty(); // truncated or unreadable: solve again
        }
    }

    static void write(Path file, Table table) {
        byte[] values = table.copyOfValues();
        byte[] packed = deflate(values);
        try {
            Files.createDirectories(file.getParent());
            Path temp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".part");
            try (DataOutputStream out = new DataOutputStream(Files.newOutputStream(temp))) {
                out.writeInt(MAGIC);
                out.writeInt(FORMAT_VERSION);
                out.writeUTF(table.ending().name());
                out.writeInt(values.length);
                out.writeLong(crcOf(values));
                out.writeInt(packed.length);
                out.write(packed);
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the " + table.ending() + " table to " + file, e);
        }
    }

    private static long crcOf(byte[] values) {
        CRC32 crc = new CRC32();
        crc.update(values);
        return crc.getValue();
    }

    private static byte[] deflate(byte[] values) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(values.length / 8);
        try (OutputStream out = new DeflaterOutputStream(bytes, new Deflater(Deflater.BEST_SPEED))) {
            out.write(values);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // in memory: cannot happen
        }
        return bytes.toByteArray();
    }

    /** The inflated values, or null when the bytes are not exactly {@code size} deflated values. */
    private static byte[] inflate(byte[] packed, int size) {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(packed);
            byte[] values = new byte[size];
            int n = 0;
            while (n < size && !inflater.finished()) {
                int got = inflater.inflate(values, n, size - n);
                if (got == 0 && (inflater.needsInput() || inflater.needsDictionary())) return null;
                n += got;
            }
            return n == size && inflater.finished() ? values : null;
        } catch (DataFormatException e) {
            return null;
        } finally {
            inflater.end();
        }
    }

}
