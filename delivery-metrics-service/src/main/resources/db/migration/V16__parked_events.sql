-- Events a service's relay parked (heard from its event-parked notices, or this service's own relay), until an ADMIN
-- re-queues them: each raises an OUTBOX_EVENT_PARKED alert while it is here.
create table parked_event (
    event_id   uuid primary key,
    service    text        not null,
    type       text        not null,
    topic      text        not null,
    size_bytes bigint      not null,
    reason     text        not null,
    parked_at  timestamptz not null
);
