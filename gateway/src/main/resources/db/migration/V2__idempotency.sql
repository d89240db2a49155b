-- The first response to a POST carrying Idempotency-Key, per caller and key, replayed for 24 hours.
-- A row without status is a request still in flight.
CREATE TABLE idempotency_record (
    caller        text        NOT NULL,
    idem_key      text        NOT NULL,
    request_hash  bytea       NOT NULL,
    created_at    timestamptz NOT NULL,
    status        integer,
    headers       text,
    body          bytea,
    PRIMARY KEY (caller, idem_key)
);
CREATE INDEX idempotency_record_created_at ON idempotency_record (created_at);
