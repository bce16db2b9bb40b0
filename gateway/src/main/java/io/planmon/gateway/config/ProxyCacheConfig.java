package io.planmon.gateway.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;

/**
 * Which proxied reads the gateway answers from its own memory, and for how long without asking the service
 * ({@code planmon.proxy-cache.*}; see {@code routing/ReadCache}).
 */
@ConfigMapping(prefix = "planmon.proxy-cache")
public interface ProxyCacheConfig {

    /** Off: every read goes to its service, as any other proxied call. */
    @WithDefault("true")
    boolean enabled();

    /**
     * Regular expressions for the whole normalised path of the GET reads to cache (comma-separated). Only reads whose
     * answer depends on nothing of the caller but its roles and department belong here: the cache keeps one answer per
     * path and query for all callers with the same roles and department.
     */
    @WithDefault("/api/v1/indicators,"
            + "/api/v1/indicators/[^/]+,"
            + "/api/v1/indicators/[^/]+/observations,"
            + "/api/v1/indicators/[^/]+/evaluations,"
            + "/api/v1/tasks,"
            + "/api/v1/tasks/[^/]+")
    List<String> paths();

    /**
     * How long an answer is given again without asking the service: the most it can lag behind a change made other
     * than through this gateway instance. After a write through this instance the next read asks at once. 0 asks on
     * every read (conditionally, and once for all the callers of a read waiting at the same time).
     */
    @WithDefault("250ms")
    Duration revalidateAfter();

    /** Answers nobody read for this long are forgotten. */
    @WithDefault("5m")
    Duration forgetAfter();

    /** Larger answers, and answers without a declared {@code Content-Length}, pass through uncached. */
    @WithDefault("256K")
    MemorySize maxBodySize();

    /** The most body bytes held in all; an answer that would exceed it is given but not kept. */
    @WithDefault("64M")
    MemorySize maxBytes();

    /** The most answers held; a read of another path, query or scope then passes through until some are forgotten. */
    @WithDefault("10000")
    int maxEntries();
}
