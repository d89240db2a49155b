-- The audit trail of a project: every event published about it, kept here because the outbox is purged
-- and Kafka is not a query store.
create table project_history (
    event_id    uuid primary key,
    project_id  uuid        not null references project (id),
    type        text        not null,
    subject_id  uuid        not null,
    version     bigint      not null,
    actor       text        not null,
    occurred_at timestamptz not null,
    changes     text
);
create index project_history_project on project_history (project_id, occurred_at desc);
