-- Shared by every service (platform library). Service migrations start at V1.

-- Events written in the same transaction as the change they describe; the relay publishes them in seq order.
create table outbox (
    seq          bigint generated always as identity primary key,
    id           uuid        not null unique,
    topic        text        not null,
    record_key   text        not null,
    type         text        not null,
    subject      text        not null,
    occurred_at  timestamptz not null,
    payload      text        not null,
    published_at timestamptz
);
create index outbox_unpublished on outbox (seq) where published_at is null;

-- Events a consumer has applied, recorded in the same transaction as the effect, so redelivery is harmless.
create table inbox (
    consumer   text        not null,
    event_id   uuid        not null,
    handled_at timestamptz not null default now(),
    primary key (consumer, event_id)
);
