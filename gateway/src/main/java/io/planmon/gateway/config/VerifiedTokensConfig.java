package io.planmon.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How long the gateway trusts a bearer token it has verified once ({@code planmon.verified-tokens.*}). */
@ConfigMapping(prefix = "planmon.verified-tokens")
public interface VerifiedTokensConfig {

    /** Off: every call verifies its token's signature and claims again. */
    @WithDefault("true")
    boolean enabled();

    /**
     * The longest a verification is reused, however long the token lives: a signing key that Keycloak withdraws stops
     * being trusted for its tokens within this time (as the JWKS refresh would have it).
     */
    @WithDefault("60s")
    Duration maxAge();

    /** Tokens remembered at most; beyond it a token is verified on every call until older ones expire. */
    @WithDefault("10000")
    int maxEntries();
}
