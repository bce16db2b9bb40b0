package io.planmon.indicator.service;

import io.planmon.kit.security.Caller;
import io.planmon.web.security.Roles;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Who submitted an import job, as recorded with it: the worker applies the rows later, without the request, with the
 * same name, department and roles the submitter's token had.
 */
public record Submitter(String name, String department, Set<String> roles) {

    public static Submitter of(Caller caller) {
        Set<String> roles = new LinkedHashSet<>();
        Roles.REALM.stream().filter(caller::hasRole).sorted().forEach(roles::add);
        return new Submitter(caller.name(), caller.department().orElse(null), roles);
    }

    static Submitter recorded(String name, String department, String roles) {
        Set<String> set = roles == null || roles.isBlank()
                ? Set.of()
                : Arrays.stream(roles.split(",")).collect(Collectors.toCollection(LinkedHashSet::new));
        return new Submitter(name, department, set);
    }

    String rolesText() {
        return String.join(",", roles);
    }

    /** A caller with the submitter's rights, for the worker (no token, no request: the claims recorded at submission). */
    Caller asCaller() {
        QuarkusSecurityIdentity identity = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(name))
                .addRoles(roles)
                .build();
        return new Caller(identity, new RecordedClaims(name, department));
    }

    /** Whether {@code caller} may read this submitter's job: the same client or user, or the monitoring and planning offices. */
    public boolean readableBy(Caller caller) {
        return caller.name().equals(name)
                || Stream.of(Roles.MONITOR, Roles.PLAN_ADMIN).anyMatch(caller::hasRole);
    }
}
