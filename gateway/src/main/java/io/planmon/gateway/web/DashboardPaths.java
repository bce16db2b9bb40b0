package io.planmon.gateway.web;

/** The dashboard's own paths besides its pages, in one place for the routes, the tenant and the CSRF checks. */
public final class DashboardPaths {
    /** Ends the session here and at Keycloak (quarkus.oidc.dashboard.logout.path); needs the CSRF token as csrf=. */
    public static final String SIGN_OUT = "/signout";
    /** Where Keycloak sends the browser after signing out; no session needed. */
    public static final String SIGNED_OUT = "/signed-out";
    /** The page's scripts and styles, and the chart library taken from its mvnpm jar. */
    public static final String ASSETS = "/assets/";

    private DashboardPaths() {}
}
