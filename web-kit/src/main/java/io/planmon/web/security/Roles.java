package io.planmon.web.security;

import java.util.List;

/**
 * The realm roles of docs/spec.md#roles-and-scoping, as constants for {@code @RolesAllowed}, and {@link #READER}, which
 * is no realm role: web-kit's META-INF/microprofile-config.properties maps each of the four onto it
 * ({@code quarkus.http.auth.roles-mapping}), so that "any planmon role reads" is written once.
 */
public final class Roles {
    /** The planning office: the catalogue, targets, thresholds and tasks; reopens an approved period. */
    public static final String PLAN_ADMIN = "plan-admin";
    /** The monitoring office: acknowledges, silences, routes alerts; approves or returns submitted figures. */
    public static final String MONITOR = "monitor";
    /** A department system: writes what its department owns and submits its figures. */
    public static final String REPORTER = "reporter";
    /** Dashboards and read-only users. */
    public static final String VIEWER = "viewer";

    /** Held by every caller with at least one of the four realm roles, and by nobody else. */
    public static final String READER = "reader";

    /** The realm roles, each of which is mapped onto {@link #READER}. */
    public static final List<String> REALM = List.of(VIEWER, MONITOR, REPORTER, PLAN_ADMIN);

    private Roles() {}
}
