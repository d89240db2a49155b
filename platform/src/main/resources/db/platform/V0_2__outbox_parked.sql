-- Events Kafka refuses for good (too large, invalid) are parked: kept with the reason and their size, out of the
-- relay's way, listed to ADMIN and never removed by housekeeping, so later events go on and nothing is lost.
-- written_at (the commit's time, not the domain clock's) dates the oldest event still waiting for the broker.
alter table outbox
    add column written_at    timestamptz not null default now(),
    add column parked_at     timestamptz,
    add column parked_reason text,
    add column record_bytes  bigint;
drop index outbox_unpublished;
create index outbox_unpublished on outbox (seq) where published_at is null and parked_at is null;
create index outbox_parked on outbox (parked_at, seq) where parked_at is not null;
