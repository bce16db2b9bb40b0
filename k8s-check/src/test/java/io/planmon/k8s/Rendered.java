package io.planmon.k8s;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The two kustomizations of the repository, rendered once: planmon's own objects and the operators' resources. */
final class Rendered {
    private static List<Map<String, Object>> planmon;
    private static List<Map<String, Object>> operators;

    private Rendered() {}

    /** k8s/: the services, Keycloak, the Ingress. */
    static synchronized List<Map<String, Object>> planmon() {
        if (planmon == null) {
            planmon = Kustomization.read(YamlFiles.repository().resolve("k8s")).render();
        }
        return planmon;
    }

    /** k8s/operators/: Strimzi's Kafka and topics, CloudNativePG's cluster and databases. */
    static synchronized List<Map<String, Object>> operators() {
        if (operators == null) {
            operators = Kustomization.read(YamlFiles.repository().resolve("k8s/operators"))
                    .render();
        }
        return operators;
    }

    /** Both, as a cluster would hold them once applied. */
    static List<Map<String, Object>> all() {
        List<Map<String, Object>> all = new ArrayList<>(planmon());
        all.addAll(operators());
        return all;
    }

    /** The one object of a kind and name among both; fails if there is none. */
    static Map<String, Object> one(String kind, String name) {
        Map<String, Object> found = Tree.byKindAndName(all(), kind).get(name);
        if (found == null) {
            throw new AssertionError("no " + kind + " " + name + " in k8s/ or k8s/operators/");
        }
        return found;
    }

    /** The container of a planmon Deployment named like it. */
    static Map<String, Object> container(String deployment) {
        return Tree.containers(Tree.podSpec(one("Deployment", deployment))).stream()
                .filter(c -> deployment.equals(c.get("name")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("Deployment " + deployment + " has no container " + deployment));
    }
}
