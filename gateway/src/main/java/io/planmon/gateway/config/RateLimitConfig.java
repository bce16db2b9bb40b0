package io.planmon.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.time.Duration;
import java.util.Map;

/**
 * How many API calls each caller may make ({@code planmon.rate-limit.*}): a department system (client credentials) has
 * one bucket per Keycloak client, a person signed in through a client one bucket of their own, both at the client's
 * limit. The buckets live in the memory of one gateway instance: behind a load balancer, each instance grants the full
 * limit.
 */
@ConfigMapping(prefix = "planmon.rate-limit")
public interface RateLimitConfig {

    /** Off only where something in front of the gateway limits the clients already. */
    @WithDefault("true")
    boolean enabled();

    /** The limit of every client that has no entry of its own under {@link #clients()}. */
    @WithName("default")
    Limit defaults();

    /**
     * Limits of particular clients, keyed by the token's {@code azp} claim (the Keycloak client id): of the client's one
     * bucket, or of each person's bucket for people signing in through it (such as {@code dashboard}).
     */
    Map<String, Limit> clients();

    /** How often the buckets that have refilled completely are dropped, which keeps the memory bounded. */
    @WithDefault("1m")
    Duration sweepInterval();

    /** How many clients get a tag of their own on the refusal counter; any further client is counted as "other". */
    @WithDefault("50")
    int maxClientTags();

    /** One token bucket's size and refill. */
    interface Limit {

        /** Tokens added per second, the sustained rate; a fraction such as 0.5 means one call every two seconds. */
        double requestsPerSecond();

        /** Tokens the bucket holds: how many calls a client that has been quiet may make at once. */
        int burst();
    }
}
