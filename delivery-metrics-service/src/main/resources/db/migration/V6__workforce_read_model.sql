-- What resources-service announces on deliveryhub.resources.v1 that the KPIs need: time booked (AC, hours logged,
-- utilization), people with their capacity, time off and allocations (utilization, bench, over-allocation).
-- Every row carries its aggregate's version: an event is applied only when it is newer than the row.

create table project_time_entry (
    id            uuid primary key,
    project_id    uuid    not null,
    person_id     uuid    not null,
    entry_date    date    not null,
    hours         numeric,
    billable      boolean not null,
    status        text    not null,
    -- null when the person had no cost rate on the day (costed = false): the hours count, the cost is unknown.
    cost_amount   numeric(17, 2),
    cost_currency char(3),
    version       bigint  not null
);
-- The covered columns let the per-day and per-person sums over millions of entries read the index alone.
create index project_time_entry_project on project_time_entry (project_id, entry_date)
    include (status, hours, cost_amount);
create index project_time_entry_person on project_time_entry (person_id, entry_date)
    include (status, hours, billable);

create table person (
    id                      uuid primary key,
    name                    text   not null,
    practice                text,
    title                   text,
    capacity_hours_per_week numeric(6, 2) not null,
    active_from             date,
    active_to               date,
    version                 bigint not null
);
create index person_practice on person (practice);

create table person_time_off (
    id            uuid primary key,
    person_id     uuid    not null,
    from_date     date    not null,
    to_date       date    not null,
    type          text    not null,
    hours_per_day numeric(5, 2) not null,
    cancelled     boolean not null,
    version       bigint  not null
);
create index person_time_off_person on person_time_off (person_id, from_date);

create table person_allocation (
    id               uuid primary key,
    -- null for a placeholder (an unnamed role still to be staffed)
    person_id        uuid,
    placeholder_role text,
    project_id       uuid    not null,
    from_date        date    not null,
    to_date          date    not null,
    hours_per_week   numeric(6, 2) not null,
    booking          text    not null,
    billable         boolean not null,
    status           text    not null,
    version          bigint  not null
);
create index person_allocation_person on person_allocation (person_id, from_date);
create index person_allocation_project on person_allocation (project_id);
