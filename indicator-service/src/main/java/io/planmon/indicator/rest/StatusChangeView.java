package io.planmon.indicator.rest;

import io.planmon.indicator.domain.StatusChange;
import java.time.Instant;

/** One move of a period to another status; the first evaluation of a period moves from null. */
public record StatusChangeView(
        String period, String previousStatus, String status, String reason, String reasonEn, Instant changedAt) {

    static StatusChangeView of(StatusChange c) {
        return new StatusChangeView(c.period, c.previousStatus, c.status, c.reason, c.reasonEn, c.changedAt);
    }
}
