package io.planmon.notification.service.alert;

/**
 * One element of the live stream, {@code {change, alert}}: what happened (FIRED, ACKNOWLEDGED, …; null for events
 * written before changes were named) and the alert as it was right after.
 */
public record AlertChanged(String change, AlertView alert) {}
