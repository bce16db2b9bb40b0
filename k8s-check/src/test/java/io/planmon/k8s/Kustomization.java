package io.planmon.k8s;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Renders a kustomization the way {@code kubectl kustomize} does for the fields planmon uses: its resources, the
 * namespace and labels on every object, the images renamed, and ConfigMaps generated from files with a content-hash
 * suffix that every reference follows. Any other field is refused, so the check never passes over something it does
 * not render. The generated names' hash is this check's own (kustomize's is another), which no assertion depends on.
 */
final class Kustomization {
    private static final Set<String> FIELDS =
            Set.of("apiVersion", "kind", "namespace", "labels", "resources", "configMapGenerator", "images");

    private final Path directory;
    private final Map<String, Object> kustomization;

    private Kustomization(Path directory, Map<String, Object> kustomization) {
        this.directory = directory;
        this.kustomization = kustomization;
    }

    static Kustomization read(Path directory) {
        Map<String, Object> kustomization = YamlFiles.single(directory.resolve("kustomization.yaml"));
        for (String field : kustomization.keySet()) {
            if (!FIELDS.contains(field)) {
                throw new IllegalArgumentException(directory + "/kustomization.yaml: field " + field
                        + " is not rendered by this check (it knows " + FIELDS + ")");
            }
        }
        require("kustomize.config.k8s.io/v1beta1".equals(kustomization.get("apiVersion")), "apiVersion", directory);
        require("Kustomization".equals(kustomization.get("kind")), "kind", directory);
        return new Kustomization(directory, kustomization);
    }

    /** The objects as kustomize would print them, in the order of the resources. */
    List<Map<String, Object>> render() {
        List<Map<String, Object>> objects = new ArrayList<>();
        for (Object resource : Tree.list(kustomization.get("resources"))) {
            Path file = directory.resolve((String) resource).normalize();
            require(Files.isRegularFile(file), "resources: " + resource + " exists", directory);
            objects.addAll(YamlFiles.documents(file));
        }
        Map<String, String> generatedNames = new LinkedHashMap<>();
        for (Object generator : Tree.list(kustomization.get("configMapGenerator"))) {
            Map<String, Object> configMap = generate(Tree.map(generator));
            generatedNames.put((String) Tree.map(generator).get("name"), Tree.string(configMap, "metadata", "name"));
            objects.add(configMap);
        }
        objects.forEach(object -> transform(object, generatedNames));
        return objects;
    }

    private void transform(Map<String, Object> object, Map<String, String> generatedNames) {
        Map<String, Object> metadata = Tree.map(object.get("metadata"));
        Object namespace = kustomization.get("namespace");
        if (namespace != null && !"Namespace".equals(object.get("kind"))) {
            metadata.put("namespace", namespace);
        }
        for (Object label : Tree.list(kustomization.get("labels"))) {
            Map<String, Object> labels = Tree.childMap(metadata, "labels");
            labels.putAll(Tree.map(Tree.map(label).get("pairs")));
        }
        Map<String, Object> pod = Tree.podSpec(object);
        if (pod != null) {
            for (Map<String, Object> container : Tree.containers(pod)) {
                renameImage(container);
                Tree.references(container, "configMapRef", "configMapKeyRef")
                        .forEach(reference -> rename(reference, generatedNames));
            }
            for (Object volume : Tree.list(pod.get("volumes"))) {
                Object configMap = Tree.map(volume).get("configMap");
                if (configMap != null) {
                    rename(Tree.map(configMap), generatedNames);
                }
            }
        }
    }

    private void renameImage(Map<String, Object> container) {
        String image = (String) container.get("image");
        for (Object entry : Tree.list(kustomization.get("images"))) {
            Map<String, Object> rule = Tree.map(entry);
            if (image != null && image.split(":")[0].equals(rule.get("name"))) {
                container.put("image", rule.get("newName") + ":" + rule.get("newTag"));
            }
        }
    }

    private static void rename(Map<String, Object> reference, Map<String, String> generatedNames) {
        String generated = generatedNames.get((String) reference.get("name"));
        if (generated != null) {
            reference.put("name", generated);
        }
    }

    private Map<String, Object> generate(Map<String, Object> generator) {
        Map<String, Object> data = new LinkedHashMap<>();
        for (Object source : Tree.list(generator.get("files"))) {
            String[] keyAndPath = ((String) source).split("=", 2);
            Path file = directory.resolve(keyAndPath[keyAndPath.length - 1]).normalize();
            String key =
                    keyAndPath.length == 2 ? keyAndPath[0] : file.getFileName().toString();
            require(Files.isRegularFile(file), "configMapGenerator: " + source + " exists", directory);
            data.put(key, YamlFiles.read(file));
        }
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("name", generator.get("name") + "-" + hash(data.toString()));
        Map<String, Object> configMap = new LinkedHashMap<>();
        configMap.put("apiVersion", "v1");
        configMap.put("kind", "ConfigMap");
        configMap.put("metadata", metadata);
        configMap.put("data", data);
        return configMap;
    }

    private static String hash(String content) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void require(boolean condition, String what, Path directory) {
        if (!condition) {
            throw new IllegalArgumentException(directory + "/kustomization.yaml: " + what + " does not hold");
        }
    }
}
