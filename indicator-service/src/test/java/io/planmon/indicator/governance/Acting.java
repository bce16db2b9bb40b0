package io.planmon.indicator.governance;

import io.planmon.indicator.domain.Submission;
import io.planmon.indicator.service.ObservationImport;
import io.planmon.indicator.service.SubmissionService;
import io.planmon.kit.security.Caller;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import jakarta.enterprise.inject.spi.CDI;
import java.math.BigDecimal;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The other people of a governance test: a test method calls the API as one identity (@TestSecurity), and the steps
 * before it (a value pushed, a period submitted or approved) are taken through the services as whoever takes them.
 */
public final class Acting {
    private Acting() {}

    public static Caller reporter(String department) {
        return as("dept-" + department.toLowerCase().replace('_', '-'), "reporter", department);
    }

    public static Caller monitor() {
        return as("monitor", "monitor", "MONITORING_OFFICE");
    }

    public static Caller admin() {
        return as("admin", "plan-admin", "PLANNING_OFFICE");
    }

    /** A value pushed by the plan admin, who may write every indicator. */
    public static void push(String code, String period, String value) {
        service(ObservationImport.class).record(code, period, new BigDecimal(value), "synthetic", admin());
    }

    public static long submitted(String department, String period) {
        return service(SubmissionService.class)
                .submit(department, period, null, reporter(department))
                .submission()
                .id;
    }

    public static long approved(String department, String period) {
        long id = submitted(department, period);
        Submission s = service(SubmissionService.class).approve(id, "synthetic approval", monitor());
        return s.id;
    }

    public static void returned(long id, String comment) {
        service(SubmissionService.class).giveBack(id, comment, monitor());
    }

    private static <T> T service(Class<T> type) {
        return CDI.current().select(type).get();
    }

    private static Caller as(String name, String role, String department) {
        QuarkusSecurityIdentity identity = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(name))
                .addRole(role)
                .build();
        return new Caller(identity, new Token(name, department));
    }

    /** The claims a Caller reads: the department, and no client id or user name (the principal's name is used). */
    private record Token(String name, String department) implements JsonWebToken {
        @Override
        public String getName() {
            return name;
        }

        @Override
        public Set<String> getClaimNames() {
            return Set.of(Caller.DEPARTMENT_CLAIM);
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T getClaim(String claim) {
            return Caller.DEPARTMENT_CLAIM.equals(claim) ? (T) department : null;
        }
    }
}
