-- Alerts raised by rules over the read models and telemetry; a rule's alert about a subject (a project, a
-- person) stays until the condition clears, and a new one may be raised after that.
create table alert (
    id               uuid primary key,
    rule             text        not null,
    subject_id       uuid        not null,
    project_id       uuid,
    status           text        not null,
    message          text        not null,
    value            numeric(19, 6),
    threshold        numeric(19, 6),
    raised_at        timestamptz not null,
    acknowledged_at  timestamptz,
    acknowledged_by  text,
    resolved_at      timestamptz,
    version          bigint      not null,
    created_at       timestamptz not null,
    updated_at       timestamptz not null,
    constraint alert_status check (status in ('OPEN', 'ACKNOWLEDGED', 'RESOLVED'))
);
-- One alert per rule and subject until it resolves, whatever the number of evaluators.
create unique index alert_one_active on alert (rule, subject_id) where status <> 'RESOLVED';
create index alert_project on alert (project_id, status);
create index alert_status_raised on alert (status, raised_at);
