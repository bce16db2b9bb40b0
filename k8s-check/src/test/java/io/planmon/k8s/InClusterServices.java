package io.planmon.k8s;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Services a pod can address by name once everything is applied: those in the manifests, and those the operators
 * make for their resources (Strimzi: {@code <kafka>-kafka-bootstrap} with each listener's port; CloudNativePG:
 * {@code <cluster>-rw}, {@code -ro} and {@code -r} on 5432).
 */
final class InClusterServices {
    private InClusterServices() {}

    static Map<String, Set<Integer>> ports() {
        Map<String, Set<Integer>> ports = new HashMap<>();
        Tree.byKindAndName(Rendered.all(), "Service").forEach((name, service) -> {
            for (Object port : Tree.list(Tree.at(service, "spec", "ports"))) {
                ports.computeIfAbsent(name, n -> new HashSet<>())
                        .add((Integer) Tree.map(port).get("port"));
            }
        });
        Tree.byKindAndName(Rendered.operators(), "Kafka").forEach((name, kafka) -> {
            for (Object listener : Tree.list(Tree.at(kafka, "spec", "kafka", "listeners"))) {
                ports.computeIfAbsent(name + "-kafka-bootstrap", n -> new HashSet<>())
                        .add((Integer) Tree.map(listener).get("port"));
            }
        });
        Tree.byKindAndName(Rendered.operators(), "Cluster").keySet().forEach(name -> {
            for (String suffix : List.of("-rw", "-ro", "-r")) {
                ports.put(name + suffix, Set.of(5432));
            }
        });
        return ports;
    }
}
