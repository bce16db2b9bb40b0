package io.planmon.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** Values of the browser-hardening headers that differ between deployments ({@code planmon.security-headers.*}). */
@ConfigMapping(prefix = "planmon.security-headers")
public interface SecurityHeadersConfig {

    /** The {@code Content-Security-Policy} of API responses: they are data, never pages, so nothing may run or frame them. */
    @WithDefault("default-src 'none'; frame-ancestors 'none'")
    String apiContentSecurityPolicy();

    /**
     * The {@code Strict-Transport-Security} value, e.g. {@code max-age=31536000; includeSubDomains}. Sent only when set:
     * over plain local http it would be meaningless, and a browser that once saw it refuses http for that host.
     */
    Optional<String> strictTransportSecurity();
}
