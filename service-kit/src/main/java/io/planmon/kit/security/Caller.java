package io.planmon.kit.security;

import io.planmon.web.problem.ProblemException;
import io.planmon.web.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who is calling: the token's department claim, roles and a name to record as the author of a change. */
@RequestScoped
public class Caller {
    public static final String DEPARTMENT_CLAIM = "department";

    private final SecurityIdentity identity;
    private final JsonWebToken token;

    public Caller(SecurityIdentity identity, JsonWebToken token) {
        this.identity = identity;
        this.token = token;
    }

    public Optional<String> department() {
        return Optional.ofNullable(token.<Object>getClaim(DEPARTMENT_CLAIM)).map(Object::toString);
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    /** The client id of a department system, else the user name: what a revision records as its author. */
    public String name() {
        Object clientId = token.getClaim("azp");
        String user = token.getClaim("preferred_username");
        if (user != null && !user.startsWith("service-account-")) {
            return user;
        }
        return clientId != null ? clientId.toString() : identity.getPrincipal().getName();
    }

    /** Refuses with 403 unless the caller is a reporter of {@code owner}, or holds a role that writes for everyone. */
    public void requireWriteAccess(String owner, String what) {
        if (hasRole(Roles.PLAN_ADMIN)) {
            return;
        }
        String mine =
                department().orElseThrow(() -> ProblemException.forbidden("the token carries no department claim"));
        if (!mine.equals(owner)) {
            throw ProblemException.forbidden(what + " belongs to department " + owner + ", not " + mine);
        }
    }
}
