package io.planmon.k8s;

import io.kubernetes.client.openapi.models.V1ObjectMeta;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Custom resources checked against the openAPIV3Schema of their operator's CRD, as the API server does on apply:
 * every field must be declared (or under {@code x-kubernetes-preserve-unknown-fields}), of its type, with the
 * required fields present and values within enum, pattern and bounds. The metadata is read with the client's
 * {@code V1ObjectMeta}. CEL rules ({@code x-kubernetes-validations}) are not evaluated.
 */
final class CustomResources {
    private final Map<String, Map<String, Object>> schemas;

    private CustomResources(Map<String, Map<String, Object>> schemas) {
        this.schemas = schemas;
    }

    /** The schemas in {@code src/test/resources/crds} (see the README there for where they come from). */
    static CustomResources load() {
        Map<String, Map<String, Object>> schemas = new HashMap<>();
        try (Stream<Path> files =
                Files.list(Path.of(CustomResources.class.getResource("/crds").toURI()))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                Map<String, Object> crd = YamlFiles.single(file);
                for (Object version : Tree.list(crd.get("versions"))) {
                    Map<String, Object> served = Tree.map(version);
                    String apiVersion = crd.get("group") + "/" + served.get("name");
                    schemas.put(apiVersion + " " + crd.get("kind"), Tree.map(served.get("schema")));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return new CustomResources(schemas);
    }

    boolean knows(String apiVersion, String kind) {
        return schemas.containsKey(apiVersion + " " + kind);
    }

    /** What is wrong with the resource; empty when the API server would take it. */
    List<String> problems(Map<String, Object> resource) {
        String apiVersion = String.valueOf(resource.get("apiVersion"));
        String kind = String.valueOf(resource.get("kind"));
        Map<String, Object> schema = schemas.get(apiVersion + " " + kind);
        if (schema == null) {
            return List.of(apiVersion + " " + kind + ": no CRD schema for it");
        }
        List<String> problems = new ArrayList<>();
        Object metadata = resource.get("metadata");
        if (metadata != null) {
            try {
                BuiltInObjects.read(kind + " metadata", Tree.map(metadata), V1ObjectMeta.class);
            } catch (IllegalArgumentException e) {
                problems.add("/metadata: " + e.getMessage());
            }
        }
        // The schema says only "object" for the metadata, which the API server checks as ObjectMeta (above).
        Map<String, Object> root = new HashMap<>(schema);
        Map<String, Object> properties = new HashMap<>(Tree.map(schema.get("properties")));
        properties.put("metadata", Map.of("type", "object", "x-kubernetes-preserve-unknown-fields", true));
        root.put("properties", properties);
        new SchemaCheck(problems).check("", resource, root, true);
        return problems;
    }
}
