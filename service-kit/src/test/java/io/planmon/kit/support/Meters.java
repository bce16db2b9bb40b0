package io.planmon.kit.support;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;

/** The application's meters as a test reads them: a counter not created yet counts 0. */
@ApplicationScoped
public class Meters {
    private final MeterRegistry registry;

    public Meters(MeterRegistry registry) {
        this.registry = registry;
    }

    /** The count of the counter {@code name} with exactly these {@code tags} (name, value, name, value, …). */
    public double count(String name, String... tags) {
        Counter counter = registry.find(name).tags(tags).counter();
        return counter == null ? 0 : counter.count();
    }

    public double gauge(String name) {
        return registry.get(name).gauge().value();
    }
}
