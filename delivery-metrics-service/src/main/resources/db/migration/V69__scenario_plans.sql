-- Scenarios as resources-service announces them (deliveryhub.scenario.*.v1): who owns each and whether it is still
-- open, and the allocations each takes out of the live plan and puts in, so that utilization, bench and
-- financials can answer for a scenario. An applied or discarded scenario keeps its row (its status says so) and
-- loses its changes. Tentative projects are not kept: they have no people, rates or contract to count.

create table scenario_plan (
    id       uuid primary key,
    name     text   not null,
    -- the person who made it; null when an integration did
    owner_id uuid,
    status   text   not null,
    version  bigint not null
);

create table scenario_plan_allocation (
    scenario_id      uuid not null,
    allocation_id    uuid not null,
    -- the live allocation the change takes out of the plan; null for an addition
    replaces         uuid,
    -- the allocation the change puts into the plan; project_id null for a removal
    project_id       uuid,
    person_id        uuid,
    placeholder_role text,
    from_date        date,
    to_date          date,
    hours_per_week   numeric,
    booking          text,
    billable         boolean,
    bill_amount      numeric,
    bill_currency    char(3),
    cost_amount      numeric,
    cost_currency    char(3),
    primary key (scenario_id, allocation_id)
);
