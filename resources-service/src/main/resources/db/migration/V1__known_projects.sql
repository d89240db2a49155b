-- Projects as projects-service announces them: only what allocations and requests need to check.
create table known_project (
    id            uuid primary key,
    key           text        not null,
    name          text        not null,
    status        text        not null,
    planned_start date,
    planned_end   date,
    version       bigint      not null,
    updated_at    timestamptz not null
);
create index known_project_key on known_project (key);
