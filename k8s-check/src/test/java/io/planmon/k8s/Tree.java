package io.planmon.k8s;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Navigation in a YAML object as SnakeYAML reads it: maps, lists and scalars. */
final class Tree {
    private Tree() {}

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object node) {
        if (!(node instanceof Map)) {
            throw new IllegalArgumentException("expected a mapping, found " + node);
        }
        return (Map<String, Object>) node;
    }

    /** A list, or an empty one for an absent field. */
    @SuppressWarnings("unchecked")
    static List<Object> list(Object node) {
        if (node == null) {
            return List.of();
        }
        if (!(node instanceof List)) {
            throw new IllegalArgumentException("expected a list, found " + node);
        }
        return (List<Object>) node;
    }

    /** The mapping under {@code key}, created empty if absent. */
    static Map<String, Object> childMap(Map<String, Object> parent, String key) {
        return map(parent.computeIfAbsent(key, k -> new LinkedHashMap<String, Object>()));
    }

    /** The value at a path of mapping keys, or null where the path ends early. */
    static Object at(Map<String, Object> object, String... path) {
        Object node = object;
        for (String key : path) {
            if (!(node instanceof Map)) {
                return null;
            }
            node = ((Map<?, ?>) node).get(key);
        }
        return node;
    }

    static String string(Map<String, Object> object, String... path) {
        Object value = at(object, path);
        return value == null ? null : value.toString();
    }

    /** The pod template's spec of a workload, a pod's spec, or null for other kinds. */
    static Map<String, Object> podSpec(Map<String, Object> object) {
        Object kind = object.get("kind");
        if (Set.of("Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Job")
                .contains(kind)) {
            return map(at(object, "spec", "template", "spec"));
        }
        return "Pod".equals(kind) ? map(object.get("spec")) : null;
    }

    /** Containers and init containers. */
    static List<Map<String, Object>> containers(Map<String, Object> podSpec) {
        List<Map<String, Object>> containers = new ArrayList<>();
        for (String field : List.of("initContainers", "containers")) {
            list(podSpec.get(field)).forEach(container -> containers.add(map(container)));
        }
        return containers;
    }

    /**
     * A container's references of the given kinds: {@code configMapRef}/{@code secretRef} in envFrom,
     * {@code configMapKeyRef}/{@code secretKeyRef} in env.
     */
    static List<Map<String, Object>> references(Map<String, Object> container, String... kinds) {
        List<Map<String, Object>> found = new ArrayList<>();
        for (String kind : kinds) {
            for (Object source : list(container.get("envFrom"))) {
                Object reference = map(source).get(kind);
                if (reference != null) {
                    found.add(map(reference));
                }
            }
            for (Object variable : list(container.get("env"))) {
                Object reference = at(map(variable), "valueFrom", kind);
                if (reference != null) {
                    found.add(map(reference));
                }
            }
        }
        return found;
    }

    /** The objects of one kind, by name. */
    static Map<String, Map<String, Object>> byKindAndName(List<Map<String, Object>> objects, String kind) {
        Map<String, Map<String, Object>> found = new LinkedHashMap<>();
        for (Map<String, Object> object : objects) {
            if (kind.equals(object.get("kind"))) {
                found.put(string(object, "metadata", "name"), object);
            }
        }
        return found;
    }
}
