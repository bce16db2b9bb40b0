package io.planmon.indicator.service;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The two claims a {@link io.planmon.kit.security.Caller} reads (client id, department), kept after the token expired. */
final class RecordedClaims implements JsonWebToken {

    private final String name;
    private final Map<String, Object> claims = new HashMap<>();

    RecordedClaims(String name, String department) {
        this.name = name;
        // azp carries the name: Caller#name() prefers it when there is no preferred_username, as for a client's token.
        claims.put("azp", name);
        if (department != null) {
            claims.put(io.planmon.kit.security.Caller.DEPARTMENT_CLAIM, department);
        }
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public Set<String> getClaimNames() {
        return claims.keySet();
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T getClaim(String claimName) {
        return (T) claims.get(claimName);
    }
}
