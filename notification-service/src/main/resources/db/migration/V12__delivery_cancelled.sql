-- A receiver's pending deliveries end with it: deleting a receiver marks them CANCELLED (last_error says why) in the
-- same transaction, instead of leaving them to be retried, with backoff, against an address nobody answers any more.
-- They stay in the delivery log, as sent and failed ones do.
alter table delivery drop constraint delivery_status_check;
alter table delivery add constraint delivery_status_check
    check (status in ('PENDING', 'SENT', 'FAILED', 'CANCELLED'));

-- Pending deliveries of receivers deleted before this version (receiver_id was set null with the receiver).
update delivery set status = 'CANCELLED', last_error = 'receiver deleted'
    where status = 'PENDING' and receiver_id is null;
