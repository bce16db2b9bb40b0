package io.planmon.gateway.dashboard;

/**
 * What the summary forwards of the caller's request: the token unchanged, so that every service applies its own roles
 * and department scoping, and the request id, so that the fan-out is traced as one request.
 */
public record CallerHeaders(String authorization, String requestId) {}
