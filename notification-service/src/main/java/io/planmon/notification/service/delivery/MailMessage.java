package io.planmon.notification.service.delivery;

/** An e-mail as a delivery stores it: the worker sends exactly this. */
public record MailMessage(String to, String subject, String text) {}
