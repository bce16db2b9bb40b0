package io.planmon.kit.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready means: the database answers, so writes are taken. Kafka down is reported as a degraded detail, not as
 * unready, because every write still lands in the outbox and reaches the broker once it is back; pulling the service
 * out of the load balancer would refuse exactly the writes that are safe.
 */
@Readiness
@ApplicationScoped
public class ServiceReadiness implements HealthCheck {

    private final DependencyChecks checks;

    public ServiceReadiness(DependencyChecks checks) {
        this.checks = checks;
    }

    @Override
    public HealthCheckResponse call() {
        DependencyState state = checks.state();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("planmon dependencies")
                .status(state.databaseUp())
                .withData("database", state.databaseUp() ? "UP" : "DOWN: " + state.databaseProblem())
                .withData("kafka", state.brokerUp() ? "UP" : "DOWN: " + state.brokerProblem())
                .withData("degraded", !state.brokerUp())
                .withData("outboxPending", state.outboxPending())
                .withData("outboxOldestPendingSeconds", Math.round(state.outboxOldestPendingSeconds()))
                .withData("checkedAt", String.valueOf(state.checkedAt()));
        return response.build();
    }
}
