package io.planmon.gateway.routing;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The gateway's read cache in numbers: reads answered by where the answer came from
 * ({@code planmon_gateway_read_cache_answers_total{source}}: {@code cache}, {@code stale} while a round revalidates it, {@code joined} another read's round, or
 * {@code upstream} asked), what the service's answer to each round did
 * ({@code planmon_gateway_read_cache_rounds_total{outcome}}: {@code not-modified}, {@code replaced}, {@code not-kept}),
 * and what is held ({@code planmon_gateway_read_cache_entries}, {@code planmon_gateway_read_cache_bytes}).
 */
@ApplicationScoped
public class ReadCacheMetrics {
    static final String ANSWERS = "planmon.gateway.read.cache.answers";
    static final String ROUNDS = "planmon.gateway.read.cache.rounds";

    private final MeterRegistry registry;
    private final Map<String, Counter> answers;
    private final Map<String, Counter> rounds;

    ReadCacheMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.answers = counters(
                ANSWERS,
                "Cached reads answered, by where the answer came from",
                "source",
                "cache",
                "stale",
                "joined",
                "upstream");
        this.rounds = counters(
                ROUNDS,
                "Requests of the read cache to a service, by what the answer did",
                "outcome",
                "not-modified",
                "replaced",
                "not-kept");
    }

    /** Exports what the cache holds, read when scraped. */
    void watch(Supplier<Number> entries, Supplier<Number> bytes) {
        Gauge.builder("planmon.gateway.read.cache.entries", entries)
                .description("Answers the read cache holds")
                .register(registry);
        Gauge.builder("planmon.gateway.read.cache.bytes", bytes)
                .description("Body bytes the read cache holds")
                .baseUnit("bytes")
                .register(registry);
    }

    void countAnswer(String source) {
        answers.get(source).increment();
    }

    void countRound(String outcome) {
        rounds.get(outcome).increment();
    }

    private Map<String, Counter> counters(String name, String description, String tag, String... values) {
        return Stream.of(values).collect(Collectors.toUnmodifiableMap(value -> value, value -> Counter.builder(name)
                .description(description)
                .tag(tag, value)
                .register(registry)));
    }
}
