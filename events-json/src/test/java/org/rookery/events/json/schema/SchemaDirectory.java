package org.rookery.events.json.schema;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A folder of event schemas as docs/events keeps them: {@code <Name>.v<N>.schema.json} files, a
 * {@code baseline/} folder with the committed revision of each open (newest) version, and the
 * {@code frozen.sha256} list of files that may never change. Read once; immutable.
 */
final class SchemaDirectory {
    static final Pattern FILE_NAME = Pattern.compile("([A-Z][A-Za-z0-9]*)\\.v([1-9][0-9]*)\\.schema\\.json");
    static final String FROZEN_LIST = "frozen.sha256";
    static final String BASELINE = "baseline";

    private final Path root;
    private final SortedMap<String, SortedMap<Integer, Path>> schemas = new TreeMap<>();
    private final List<String> strayFiles = new ArrayList<>();

    private SchemaDirectory(Path root) {
        this.root = root;
    }

    static SchemaDirectory at(Path root) {
        SchemaDirectory dir = new SchemaDirectory(root);
        for (Path file : list(root)) {
            String name = file.getFileName().toString();
            Matcher m = FILE_NAME.matcher(name);
            if (m.matches()) {
                dir.schemas.computeIfAbsent(m.group(1), n -> new TreeMap<>()).put(Integer.parseInt(m.group(2)), file);
            } else if (!name.equals(FROZEN_LIST) && !(name.equals(BASELINE) && Files.isDirectory(file))) {
                dir.strayFiles.add(name);
            }
        }
        return dir;
    }

    Path root() {
        return root;
    }

    /** Every schema name ({@code MovePlayed}) with its versions' files, in version order. */
    SortedMap<String, SortedMap<Integer, Path>> schemas() {
        return schemas;
    }

    int newestVersion(String name) {
        return schemas.get(name).lastKey();
    }

    Optional<Path> file(String name, int version) {
        return Optional.ofNullable(schemas.getOrDefault(name, new TreeMap<>()).get(version));
    }

    /** Files in the folder that are neither schemas, the frozen list nor the baseline folder. */
    List<String> strayFiles() {
        return strayFiles;
    }

    Path frozenList() {
        return root.resolve(FROZEN_LIST);
    }

    Path baselineOf(String name, int version) {
        return root.resolve(BASELINE).resolve(fileName(name, version));
    }

    /** Every file in the baseline folder. */
    List<Path> baselines() {
        Path folder = root.resolve(BASELINE);
        return Files.isDirectory(folder) ? list(folder) : List.of();
    }

    JsonNode tree(Path file) {
        return JsonSchemas.read(file);
    }

    static String fileName(String name, int version) {
        return name + ".v" + version + ".schema.json";
    }


    private static List<Path> list(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }
}
