-- Hours people log on projects. cost = hours × the person's cost rate on the entry's date (null: no rate then).
create table time_entry (
    id              uuid primary key,
    person_id       uuid           not null references person (id),
    project_id      uuid           not null,
    entry_date      date           not null,
    hours           numeric(5, 2)  not null,
    billable        boolean        not null,
    description     text,
    external_system text,
    external_id     text,
    status          text           not null,
    cost_amount     numeric(17, 2),
    cost_currency   char(3),
    decided_by      text,
    decided_at      timestamptz,
    decision_reason text,
    version         bigint         not null,
    created_at      timestamptz    not null,
    updated_at      timestamptz    not null,
    constraint time_entry_hours check (hours > 0 and hours <= 24),
    constraint time_entry_external_ref check ((external_system is null) = (external_id is null))
);
-- A timesheet system's record is imported once: replays update it instead of duplicating it.
create unique index time_entry_external_ref_unique on time_entry (external_system, external_id)
    where external_system is not null;
create index time_entry_person_date on time_entry (person_id, entry_date);
create index time_entry_project_date on time_entry (project_id, entry_date);
