package io.planmon.gateway.dashboard;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Times each part of the summary by outcome ({@code planmon_gateway_dashboard_part_seconds{part,outcome}}, the outcome
 * {@code ok} or the reason it is missing), counts the partial rounds ({@code planmon_gateway_dashboard_partial_total})
 * and the summaries answered by where they came from ({@code planmon_gateway_dashboard_answers_total{source}}: {@code
 * cache}, {@code stale} while a round revalidates it, {@code joined} another caller's round, or {@code services}
 * asked).
 */
// Created at startup, so that the partial counter is exported from the start, at zero, not only after the first
// partial.
@Startup
@ApplicationScoped
public class DashboardMetrics {
    static final String PART = "planmon.gateway.dashboard.part";
    static final String PARTIAL = "planmon.gateway.dashboard.partial";
    static final String ANSWERS = "planmon.gateway.dashboard.answers";

    private final MeterRegistry registry;
    private final Counter partial;
    private final Map<String, Counter> answers;

    DashboardMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.partial = Counter.builder(PARTIAL)
                .description("Dashboard summaries answered with at least one part missing")
                .register(registry);
        this.answers = Stream.of("cache", "stale", "joined", "services")
                .collect(Collectors.toUnmodifiableMap(source -> source, source -> Counter.builder(ANSWERS)
                        .description("Dashboard summaries answered, by where the answer came from")
                        .tag("source", source)
                        .register(registry)));
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

    void countAnswer(String source) {
        answers.get(source).increment();
    }

    void countPartial() {
        partial.increment();
    }
}
