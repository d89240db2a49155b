-- What the project KPIs need beyond the project row, as projects-service announces it on deliveryhub.projects.v1.
-- Every row carries its aggregate's version: an event is applied only when it is newer than the row.
alter table project
    add column practice            text,
    add column budget_hours        numeric(12, 2),
    add column project_manager_id  uuid,
    add column delivery_manager_id uuid,
    add column delivery_lead_id    uuid;

-- Baselines are kept, not overwritten: BAC as of a day is the budget of the baseline in force then.
create table project_baseline (
    id              uuid primary key,
    project_id      uuid        not null,
    baseline_number bigint      not null,
    planned_start   date,
    planned_end     date,
    budget_amount   numeric(17, 2),
    budget_currency char(3),
    budget_hours    numeric(12, 2),
    effective_at    timestamptz not null,
    version         bigint      not null
);
create index project_baseline_project on project_baseline (project_id);

create table project_milestone (
    id           uuid primary key,
    project_id   uuid   not null,
    weight       numeric(12, 4),
    status       text   not null,
    due_date     date,
    completed_on date,
    version      bigint not null
);
create index project_milestone_project on project_milestone (project_id);

create table project_status_report (
    id               uuid primary key,
    project_id       uuid        not null,
    as_of            date        not null,
    overall          text,
    percent_complete numeric(5, 2),
    created_at       timestamptz not null,
    version          bigint      not null
);
create index project_status_report_project on project_status_report (project_id, as_of);

create table project_raid_item (
    id         uuid primary key,
    project_id uuid        not null,
    type       text        not null,
    status     text        not null,
    score      integer,
    created_at timestamptz not null,
    version    bigint      not null
);
create index project_raid_item_project on project_raid_item (project_id);

create table project_feedback (
    id          uuid primary key,
    project_id  uuid        not null,
    csat        integer,
    nps         integer,
    received_at timestamptz not null,
    version     bigint      not null
);
create index project_feedback_project on project_feedback (project_id);
