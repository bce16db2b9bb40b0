package io.planmon.e2e;

import java.util.function.Function;

/**
 * One endpoint of the matrix: how it is called and which department systems own what it touches. The path and body
 * are made per call (from the caller and the shared task fixture), so that every write uses its own period or code.
 *
 * @param label the endpoint as the documentation names it, e.g. {@code PUT /api/v1/indicators/{code}/target}
 * @param owner the Keycloak client of the owning (or lead) department, e.g. {@code dept-stats}
 * @param coOwner the client of a cooperating department, or null where the endpoint has none
 * @param other the client of a department that owns nothing here
 */
record Endpoint(
        String label,
        String method,
        Function<Party, String> path,
        String contentType,
        Function<Party, String> body,
        String owner,
        String coOwner,
        String other) {
    static final String EVENT_STREAM = "text/event-stream";

    static Endpoint get(String label, Function<Party, String> path, String owner, String coOwner, String other) {
        return new Endpoint(label, "GET", path, null, party -> null, owner, coOwner, other);
    }

    /** A server-sent-event stream: the test reads its headers and leaves it open no longer than that. */
    static Endpoint stream(String label, Function<Party, String> path, String owner, String coOwner, String other) {
        return new Endpoint(label, "GET", path, EVENT_STREAM, party -> null, owner, coOwner, other);
    }

    boolean streams() {
        return EVENT_STREAM.equals(contentType);
    }

    /** The Keycloak client that plays {@code party} here, or null for the people and for no token. */
    String client(Party party) {
        return switch (party) {
            case OWN_DEPARTMENT -> owner;
            case CO_DEPARTMENT -> coOwner;
            case OTHER_DEPARTMENT -> other;
            default -> null;
        };
    }

    @Override
    public String toString() {
        return label;
    }
}
