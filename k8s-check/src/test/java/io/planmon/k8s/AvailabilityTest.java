package io.planmon.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubernetes.client.custom.Quantity;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every planmon service runs at least twice, a disruption budget keeps one instance up, and each is given the memory
 * it was measured to use in the container check (deploy-check), which runs the images as the manifests do: full JIT,
 * heap at most 70 % of a 768 MiB limit.
 */
class AvailabilityTest {
    /**
     * The peak resident set (VmHWM, MiB) of the JVM of each service's busier instance at the end of the container
     * check's smoke test (deploy-check run of 2026-12-07, docs/deployment.md "Results"; docker stats gave 1-7 % less).
     */
    static final Map<String, Integer> MEASURED_MIB = Map.of(
            "indicator-service", 305,
            "task-service", 318,
            "notification-service", 337,
            "gateway", 185);
    /** The largest heap the services were measured with: 70 % (JAVA_MAX_MEM_RATIO) of compose's 768 MiB limit. */
    private static final int MEASURED_HEAP_MIB = 537;

    @Test
    void everyServiceRunsTwiceWithABudgetThatKeepsOneUp() {
        for (String module : ServiceSettings.modules()) {
            Map<String, Object> deployment = Rendered.one("Deployment", module);
            int replicas = (Integer) Tree.at(deployment, "spec", "replicas");
            assertThat(replicas).as(module).isGreaterThanOrEqualTo(2);
            Map<String, Object> budget = Rendered.one("PodDisruptionBudget", module);
            assertThat(Tree.at(budget, "spec", "selector"))
                    .as(module + " budget selects its pods")
                    .isEqualTo(Tree.at(deployment, "spec", "selector"));
            int minAvailable = (Integer) Tree.at(budget, "spec", "minAvailable");
            assertThat(minAvailable).as(module).isBetween(1, replicas - 1);
        }
    }

    @Test
    void requestsAndLimitsCoverTheMeasuredFigures() {
        BigDecimal heapRatio =
                new BigDecimal(WiringTest.environment("gateway").get("JAVA_MAX_MEM_RATIO")).movePointLeft(2);
        for (String module : ServiceSettings.modules()) {
            Map<String, Object> resources = Tree.map(Rendered.container(module).get("resources"));
            BigDecimal request = mebibytes(Tree.string(resources, "requests", "memory"));
            BigDecimal limit = mebibytes(Tree.string(resources, "limits", "memory"));
            assertThat(Tree.string(resources, "requests", "cpu")).as(module).isNotNull();
            assertThat(request)
                    .as(module + " request covers the measured use")
                    .isGreaterThanOrEqualTo(BigDecimal.valueOf(MEASURED_MIB.get(module)));
            assertThat(limit).as(module).isGreaterThanOrEqualTo(request);
            assertThat(limit.multiply(heapRatio))
                    .as(module + " heap (JAVA_MAX_MEM_RATIO of the limit) at least what it was measured with")
                    .isGreaterThanOrEqualTo(BigDecimal.valueOf(MEASURED_HEAP_MIB));
        }
    }

    private static BigDecimal mebibytes(String quantity) {
        return Quantity.fromString(quantity).getNumber().divide(BigDecimal.valueOf(1024 * 1024));
    }
}
