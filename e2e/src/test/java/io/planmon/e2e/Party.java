package io.planmon.e2e;

/** Who calls in a row of the security matrix: a role, a department system relative to the owner, or nobody. */
enum Party {
    VIEWER("viewer"),
    MONITOR("monitor"),
    OWN_DEPARTMENT("reporter, own department"),
    CO_DEPARTMENT("reporter, cooperating department"),
    OTHER_DEPARTMENT("reporter, other department"),
    PLAN_ADMIN("plan-admin"),
    NO_TOKEN("no token");

    final String heading;

    Party(String heading) {
        this.heading = heading;
    }
}
