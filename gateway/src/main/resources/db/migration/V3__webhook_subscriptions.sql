-- Webhook subscriptions (docs/webhooks.md). The secret is kept in clear because signing needs it; during a rotation
-- the previous one signs too until previous_secret_until.
CREATE TABLE webhook_subscription (
    id                    uuid PRIMARY KEY,
    owner                 text        NOT NULL,
    owner_roles           text[]      NOT NULL,
    url                   text        NOT NULL,
    types                 text[]      NOT NULL,
    project_id            uuid,
    description           text,
    enabled               boolean     NOT NULL,
    disabled_reason       text,
    secret                text        NOT NULL,
    previous_secret       text,
    previous_secret_until timestamptz,
    failing_since         timestamptz,
    version               bigint      NOT NULL,
    created_at            timestamptz NOT NULL,
    updated_at            timestamptz NOT NULL
);
CREATE INDEX webhook_subscription_owner ON webhook_subscription (owner, created_at);
