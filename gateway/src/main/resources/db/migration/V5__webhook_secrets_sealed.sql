-- Webhook secrets sealed at rest (docs/webhooks.md): AES-256-GCM (nonce, ciphertext and tag), beside the id of the key
-- that sealed them, so keys can be replaced. V6 seals the secrets stored in clear before, V7 drops the clear columns.
ALTER TABLE webhook_subscription
    ADD COLUMN secret_sealed          bytea,
    ADD COLUMN secret_key_id          text,
    ADD COLUMN previous_secret_sealed bytea,
    ADD COLUMN previous_secret_key_id text,
    ALTER COLUMN secret DROP NOT NULL;
