package io.planmon.notification.service.delivery;

/** How one delivery attempt ended, as the delivery log records it. */
record Outcome(boolean success, Integer httpStatus, String error) {
    public static Outcome ok(Integer httpStatus) {
        return new Outcome(true, httpStatus, null);
    }

    public static Outcome failed(Integer httpStatus, String error) {
        String shortened = error == null || error.length() <= 1000 ? error : error.substring(0, 1000);
        return new Outcome(false, httpStatus, shortened);
    }
}
