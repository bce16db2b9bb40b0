package io.planmon.kit.security;

/** The realm roles of docs/spec.md#roles-and-scoping, as constants for {@code @RolesAllowed}. */
public final class Roles {
    public static final String PLAN_ADMIN = "plan-admin";
    public static final String MONITOR = "monitor";
    public static final String REPORTER = "reporter";
    public static final String VIEWER = "viewer";

    private Roles() {}
}
