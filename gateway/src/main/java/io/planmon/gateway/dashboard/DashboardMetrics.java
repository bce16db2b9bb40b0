package io.planmon.gateway.dashboard;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Times each part of the summary by outcome ({@code planmon_gateway_dashboard_part_seconds{part,outcome}}, the outcome
 * {@code ok} or the reason it is missing) and counts the partial answers ({@code
 * planmon_gateway_dashboard_partial_total}).
 */
// Created at startup, so that the partial counter is exported from the start, at zero, not only after the first
// partial.
@Startup
@ApplicationScoped
public class DashboardMetrics {
    static final String PART = "planmon.gateway.dashboard.part";
    static final String PARTIAL = "planmon.gateway.dashboard.partial";

    private final MeterRegistry registry;
    private final Counter partial;

    DashboardMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.partial = Counter.builder(PARTIAL)
                .description("Dashboard summaries answered with at least one part missing")
                .register(registry);
    }

    Timer.Sample start() {
        return Timer.start(registry);
    }

    void stop(Timer.Sample sample, Part part, String outcome) {
        sample.stop(Timer.builder(PART)
                .description("Time to get one part of the dashboard summary from its service, by outcome")
                .tag("part", part.key())
                .tag("outcome", outcome)
                .register(registry));
    }

    void countPartial() {
        partial.increment();
    }
}
