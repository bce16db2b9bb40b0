package io.planmon.notification.service;

import io.planmon.notification.domain.Change;

/** A CDI event fired inside the transaction of an alert change; observers after commit see only committed changes. */
public record AlertChanged(Change change, AlertView alert) {}
