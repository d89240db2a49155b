-- Every secret is sealed now (V6): the clear columns go, and a subscription always has its sealed secret and key id.
ALTER TABLE webhook_subscription
    DROP COLUMN secret,
    DROP COLUMN previous_secret,
    ALTER COLUMN secret_sealed SET NOT NULL,
    ALTER COLUMN secret_key_id SET NOT NULL,
    ADD CONSTRAINT webhook_subscription_previous_secret_sealed
        CHECK ((previous_secret_sealed IS NULL) = (previous_secret_key_id IS NULL));
