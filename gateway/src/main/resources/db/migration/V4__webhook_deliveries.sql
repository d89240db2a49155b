-- Events the gateway's webhook consumer has handled: marked in the transaction that plans their deliveries.
CREATE TABLE webhook_inbox (
    event_id    uuid PRIMARY KEY,
    handled_at  timestamptz NOT NULL
);
CREATE INDEX webhook_inbox_handled_at ON webhook_inbox (handled_at);

-- One delivery per (subscription, event). A lane is the event's record key (its project): within a subscription's
-- lane, deliveries go out one at a time in the order they were planned (sequence).
CREATE TABLE webhook_delivery (
    id              uuid PRIMARY KEY,
    sequence        bigserial   NOT NULL UNIQUE,
    subscription_id uuid        NOT NULL REFERENCES webhook_subscription (id) ON DELETE CASCADE,
    event_id        uuid        NOT NULL,
    event_type      text        NOT NULL,
    event_time      timestamptz NOT NULL,
    lane            text        NOT NULL,
    body            text        NOT NULL,
    status          text        NOT NULL CHECK (status IN ('PENDING', 'DELIVERED', 'FAILED')),
    attempts        integer     NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL,
    leased_until    timestamptz,
    created_at      timestamptz NOT NULL,
    UNIQUE (subscription_id, event_id)
);
CREATE INDEX webhook_delivery_pending ON webhook_delivery (subscription_id, lane, sequence) WHERE status = 'PENDING';
CREATE INDEX webhook_delivery_listing ON webhook_delivery (subscription_id, event_time);
CREATE INDEX webhook_delivery_created_at ON webhook_delivery (created_at);

-- Every attempt: what the receiver answered (status NULL when it never answered), how fast, and the start of its body.
CREATE TABLE webhook_attempt (
    id               bigserial PRIMARY KEY,
    delivery_id      uuid        NOT NULL REFERENCES webhook_delivery (id) ON DELETE CASCADE,
    attempted_at     timestamptz NOT NULL,
    status_code      integer,
    latency_ms       integer     NOT NULL,
    error            text,
    response_snippet text
);
CREATE INDEX webhook_attempt_delivery ON webhook_attempt (delivery_id, attempted_at);
CREATE INDEX webhook_attempt_attempted_at ON webhook_attempt (attempted_at);
