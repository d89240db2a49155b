-- The plan a project is measured against (BAC for earned value, DESIGN.md §8): version 1 is taken at
-- activation, each approved change request adds the next; rows are never updated, so history is kept.
create table project_baseline (
    id                uuid primary key,
    project_id        uuid           not null references project (id),
    version           int            not null,
    planned_start     date           not null,
    planned_end       date           not null,
    budget_amount     numeric(17, 2) not null,
    budget_currency   char(3)        not null,
    budget_hours      numeric(12, 2),
    reason            text           not null,
    change_request_id uuid,
    created_at        timestamptz    not null,
    created_by        text           not null,
    constraint project_baseline_version_unique unique (project_id, version),
    constraint project_baseline_dates check (planned_end >= planned_start)
);

-- What the team learned, recorded once the work is COMPLETED; closing a project needs it.
create table closure_review (
    project_id      uuid primary key references project (id),
    lessons_learned text        not null,
    what_went_well  text,
    what_to_improve text,
    recorded_by     text        not null,
    version         bigint      not null,
    created_at      timestamptz not null,
    updated_at      timestamptz not null
);
