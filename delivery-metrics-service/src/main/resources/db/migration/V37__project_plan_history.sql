-- A project's own plan (planned dates, budget) by date, so a day before its first baseline is measured against the plan
-- the project had on that day, not the one a later change request gave it: one row per project version, on the day
-- (UTC) of the event that set it. Projects applied before this table existed have none (their plan as it stands now
-- counts) until a read-model rebuild replays their events.
create table project_plan_history (
    project_id    uuid   not null,
    version       bigint not null,
    effective_on  date   not null,
    planned_start date,
    planned_end   date,
    budget_amount numeric(17, 2),
    primary key (project_id, version)
);
