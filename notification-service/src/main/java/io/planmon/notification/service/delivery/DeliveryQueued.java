package io.planmon.notification.service.delivery;

/** Fired when a delivery row is written; once its transaction commits, the worker is woken instead of waiting. */
record DeliveryQueued(Long alertId) {}
