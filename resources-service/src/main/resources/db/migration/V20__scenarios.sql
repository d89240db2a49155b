-- What-if scenarios (docs/scenarios.md): a sandbox of changes over the live plan, owned by the person who made it.
-- Discarding deletes the scenario and its changes; nothing of it is ever in the allocation table until applied.
create table scenario (
    id          uuid primary key,
    name        text        not null,
    description text,
    owner_id    uuid,
    owner_name  text        not null,
    status      text        not null,
    applied_at  timestamptz,
    version     bigint      not null,
    created_at  timestamptz not null,
    updated_at  timestamptz not null
);
create index scenario_owner on scenario (owner_id);

-- One change to one allocation: ADD (allocation_id is the id the new allocation will have), CHANGE or REMOVE of a
-- live allocation, which records the live version it was based on so that apply can tell when the plan moved.
create table scenario_allocation (
    scenario_id        uuid          not null references scenario (id) on delete cascade,
    allocation_id      uuid          not null,
    change             text          not null,
    based_on_version   bigint,
    project_id         uuid          not null references known_project (id),
    person_id          uuid references person (id),
    placeholder_role   text,
    from_date          date          not null,
    to_date            date          not null,
    hours_per_week     numeric(5, 2) not null,
    booking            text          not null,
    billable           boolean       not null,
    bill_rate_amount   numeric(17, 2),
    bill_rate_currency char(3),
    cost_rate_amount   numeric(17, 2),
    cost_rate_currency char(3),
    created_at         timestamptz   not null,
    primary key (scenario_id, allocation_id),
    constraint scenario_allocation_person_or_placeholder check ((person_id is null) <> (placeholder_role is null)),
    constraint scenario_allocation_dates check (to_date >= from_date),
    constraint scenario_allocation_hours check (hours_per_week > 0 and hours_per_week <= 168)
);

-- A project that does not exist yet (a deal being considered): its role demand counts × its probability.
create table scenario_tentative_project (
    id          uuid primary key,
    scenario_id uuid          not null references scenario (id) on delete cascade,
    name        text          not null,
    practice    text,
    from_date   date          not null,
    to_date     date          not null,
    probability numeric(5, 4) not null,
    -- JSON array of {role, hoursPerWeek, from, to}.
    role_demand text          not null,
    created_at  timestamptz   not null,
    constraint scenario_tentative_project_dates check (to_date >= from_date)
);
create index scenario_tentative_project_scenario on scenario_tentative_project (scenario_id);
