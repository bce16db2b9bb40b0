package io.planmon.gateway.dashboard;

/** Why a service gave no usable answer for a part; carried by a failed future until the part is marked missing. */
final class PartFailure extends RuntimeException {
    private final String reason;
    private final Integer status;

    PartFailure(String reason, Integer status, String detail) {
        super(detail, null, false, false);
        this.reason = reason;
        this.status = status;
    }

    Missing missing(Part part) {
        return new Missing(part, reason, status, getMessage());
    }

    String reason() {
        return reason;
    }
}
