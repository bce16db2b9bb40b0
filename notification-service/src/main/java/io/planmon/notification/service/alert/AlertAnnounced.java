package io.planmon.notification.service.alert;

import io.planmon.notification.domain.alert.Alert;
import io.planmon.notification.domain.alert.Change;

/**
 * Fired (synchronously, in the change's transaction) once an alert change is published: the delivery planner observes
 * it and queues the deliveries, so that alerts need not know who hears of them.
 *
 * @param view the alert as webhooks and mails show it, right after the change
 */
public record AlertAnnounced(Alert alert, Change change, AlertView view) {}
