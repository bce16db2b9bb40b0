package io.planmon.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * After a failure, the logs that explain it: those of every container that exited or is not healthy, or, when all
 * look well (the smoke test failed), the end of every container's log.
 */
final class FailureLogs {
    private static final ObjectMapper JSON = new ObjectMapper();

    private FailureLogs() {}

    static void print(ComposeProject project) {
        try {
            Command.Result ps = project.run(Duration.ofSeconds(60), "ps", true, "ps", "--all", "--format", "json");
            System.out.println("[deploy-check] containers after the failure:\n" + ps.output());
            List<String> failing = new ArrayList<>();
            List<String> all = new ArrayList<>();
            for (JsonNode container : containers(ps.output())) {
                String service = container.path("Service").asText();
                all.add(service);
                String state = container.path("State").asText();
                String health = container.path("Health").asText("");
                if (!state.equals("running") || health.equals("unhealthy") || health.equals("starting")) {
                    failing.add(service);
                    System.out.println("[deploy-check] " + service + " is " + state
                            + (health.isEmpty() ? "" : ", " + health) + " ("
                            + container.path("Status").asText() + ")");
                    if (!health.isEmpty()) {
                        System.out.println("[deploy-check] its last health checks: "
                                + project.health(container.path("Name").asText()));
                    }
                }
            }
            List<String> shown = failing.isEmpty() ? all : failing;
            String tail = failing.isEmpty() ? "80" : "300";
            for (String service : shown) {
                System.out.println("[deploy-check] ---- logs of " + service + " (last " + tail + " lines) ----");
                System.out.println(
                        project.run(Duration.ofSeconds(60), "logs", true, "logs", "--no-color", "--tail", tail, service)
                                .output());
            }
        } catch (RuntimeException e) {
            System.out.println("[deploy-check] could not collect the containers' logs: " + e.getMessage());
        }
    }

    /** `ps --format json` prints one array (older Compose) or one object per line (newer). */
    private static List<JsonNode> containers(String output) {
        List<JsonNode> containers = new ArrayList<>();
        for (String line : output.lines()
                .filter(l -> l.startsWith("{") || l.startsWith("["))
                .toList()) {
            try {
                JsonNode node = JSON.readTree(line);
                if (node.isArray()) {
                    node.forEach(containers::add);
                } else {
                    containers.add(node);
                }
            } catch (java.io.IOException e) {
                // not JSON: a warning line
            }
        }
        return containers;
    }
}
