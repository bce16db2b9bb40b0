package io.planmon.kit.security;

/** The realm roles of SPEC.md "Security", as constants for {@code @RolesAllowed}. */
public final class Roles {
    public static final String PLAN_ADMIN = "plan-admin";
    public static final String MONITOR = "monitor";
    public static final String REPORTER = "reporter";
    public static final String VIEWER = "viewer";

    private Roles() {}
}
