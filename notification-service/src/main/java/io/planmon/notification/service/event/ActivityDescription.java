package io.planmon.notification.service.event;

/** What an event says, as the feed shows it: about which subject, whose, and one sentence in each language. */
public record ActivityDescription(String subject, String department, String summary, String summaryEn) {}
