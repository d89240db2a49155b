-- Every CRM opportunity message handled, by the digest of its content, with the answer given: a replay
-- (retry, redelivery, re-import) gets the same answer and has no second effect.
create table crm_opportunity_message (
    digest         text primary key,
    opportunity_id text        not null,
    response       text        not null,
    received_at    timestamptz not null
);
create index crm_opportunity_message_opportunity on crm_opportunity_message (opportunity_id);
