-- Projects as projects-service announces them in deliveryhub.project.* events; the newest version wins.
create table project (
    id              uuid primary key,
    key             text        not null,
    name            text        not null,
    client_id       uuid        not null,
    status          text        not null,
    planned_start   date,
    planned_end     date,
    budget_amount   numeric(17, 2),
    budget_currency char(3),
    version         bigint      not null,
    updated_at      timestamptz not null
);
create index project_status on project (status);
