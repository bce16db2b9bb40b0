package io.planmon.kit.outbox;

/** An outbox row claimed for sending: what the producer needs, and the id that orders it. */
record PendingEvent(long id, String topic, String key, String payload) {}
