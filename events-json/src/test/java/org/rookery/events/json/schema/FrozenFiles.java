package org.rookery.events.json.schema;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code frozen.sha256} list: one {@code <sha256>  <file name>} line per schema file that may
 * never change again (the output format of {@code sha256sum}, so {@code sha256sum -c} checks it
 * too); {@code #} starts a comment. Immutable.
 */
record FrozenFiles(Map<String, String> sha256ByFile, List<String> malformedLines) {
    private static final Pattern LINE = Pattern.compile("([0-9a-f]{64}) [ *](\\S+)");

    static FrozenFiles read(Path list) {
        Map<String, String> sums = new LinkedHashMap<>();
        List<String> malformed = new ArrayList<>();
        if (!Files.exists(list)) return new FrozenFiles(sums, List.of(list.getFileName() + " is missing"));
        for (String line : lines(list)) {
            if (line.isBlank() || line.startsWith("#")) continue;
            Matcher m = LINE.matcher(line);
            if (!m.matches() || sums.put(m.group(2), m.group(1)) != null) malformed.add(line);
        }
        return new FrozenFiles(Map.copyOf(sums), List.copyOf(malformed));
    }

    boolean isFrozen(String fileName) {
        return sha256ByFile.containsKey(fileName);
    }

    static String sha256(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static List<String> lines(Path list) {
        try {
            return Files.readAllLines(list);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + list, e);
        }
    }
}
