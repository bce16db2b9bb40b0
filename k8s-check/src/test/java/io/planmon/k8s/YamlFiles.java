package io.planmon.k8s;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** Reads YAML as plain maps, lists and scalars, refusing duplicate keys (kubectl refuses them too). */
final class YamlFiles {
    private YamlFiles() {}

    /** The repository root: this module's parent directory. */
    static Path repository() {
        return Path.of("").toAbsolutePath().getParent();
    }

    /** Every document of a multi-document file that is not empty, each a map. */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> documents(Path file) {
        List<Map<String, Object>> documents = new ArrayList<>();
        for (Object document : yaml().loadAll(read(file))) {
            if (document == null) {
                continue;
            }
            if (!(document instanceof Map)) {
                throw new IllegalArgumentException(file + ": a document is not a mapping: " + document);
            }
            documents.add((Map<String, Object>) document);
        }
        return documents;
    }

    /** A file of exactly one document. */
    static Map<String, Object> single(Path file) {
        List<Map<String, Object>> documents = documents(file);
        if (documents.size() != 1) {
            throw new IllegalArgumentException(file + " has " + documents.size() + " documents, expected one");
        }
        return documents.get(0);
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Yaml yaml() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        return new Yaml(new SafeConstructor(options));
    }
}
