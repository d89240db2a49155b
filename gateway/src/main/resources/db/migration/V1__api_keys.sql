-- Integrations' API keys. Only the SHA-256 hash of a key is kept: the clear key is shown once, at creation.
CREATE TABLE api_key (
    id                    uuid PRIMARY KEY,
    name                  text        NOT NULL UNIQUE,
    key_hash              bytea       NOT NULL UNIQUE,
    roles                 text[]      NOT NULL,
    rate_limit_per_minute integer     NOT NULL CHECK (rate_limit_per_minute > 0),
    created_at            timestamptz NOT NULL,
    last_used_at          timestamptz,
    revoked_at            timestamptz
);
