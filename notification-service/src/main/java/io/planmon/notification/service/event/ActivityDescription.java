package io.planmon.notification.service.event;

import java.math.BigDecimal;

/** What an event says, as the feed shows it: about which subject, whose, and one sentence in each language. */
public record ActivityDescription(String subject, String department, String summary, String summaryEn) {
    /** A decimal as a sentence shows it: the scale it was sent with, no exponent; a dash for none. */
    static String plain(BigDecimal value) {
        return value == null ? "—" : value.toPlainString();
    }
}
