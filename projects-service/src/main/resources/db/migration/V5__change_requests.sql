create table change_request (
    id                    uuid primary key,
    project_id            uuid           not null references project (id),
    title                 text           not null,
    scope                 text           not null,
    budget_delta_amount   numeric(17, 2) not null default 0,
    budget_delta_currency char(3)        not null,
    budget_hours_delta    numeric(12, 2) not null default 0,
    schedule_delta_days   int            not null default 0,
    status                text           not null,
    submitted_by          text           not null,
    decision_reason       text,
    decided_by            text,
    decided_at            timestamptz,
    baseline_version      int,
    version               bigint         not null,
    created_at            timestamptz    not null,
    updated_at            timestamptz    not null,
    constraint change_request_status check (status in ('SUBMITTED', 'APPROVED', 'REJECTED', 'WITHDRAWN'))
);
create index change_request_project on change_request (project_id, created_at);
