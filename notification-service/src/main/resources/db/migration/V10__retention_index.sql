-- Retention prunes processed-event ids by age (io.planmon.kit.retention.Retention); published outbox rows go by id order.
create index processed_event_processed_at on processed_event (processed_at);
