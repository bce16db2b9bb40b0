-- A delivery attempt is claimed in one short transaction and recorded in another; the HTTP call or SMTP dialogue runs
-- between them, outside any transaction. The claim is a lease: until locked_until (database time) no other worker
-- takes the row; a crashed instance's claim simply runs out and the row is due again. claim_token names the attempt
-- that holds the lease, so that an attempt whose lease ran out and was taken over cannot record over its successor.
alter table delivery add column locked_until timestamp with time zone;
alter table delivery add column claim_token varchar(36);
