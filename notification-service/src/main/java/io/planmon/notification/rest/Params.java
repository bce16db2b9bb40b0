package io.planmon.notification.rest;

/** What the resources tell a caller about a missing body; parameters are parsed by io.planmon.web.http.QueryParams. */
final class Params {
    /** What an empty body (or {@code null}) is told; any other defect of a body names its field. */
    static final String BODY_REQUIRED = "must be a JSON object";

    private Params() {}
}
