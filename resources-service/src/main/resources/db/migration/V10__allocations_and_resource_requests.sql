-- Staffing forecast inputs from project events: a proposed project's demand counts at its win probability,
-- and capacity by practice needs the project's practice for placeholders and requests.
alter table known_project add column probability numeric(5, 4);
alter table known_project add column practice text;

-- A person (or an unnamed placeholder role) booked on a project for a period at some hours per week.
create table allocation (
    id                  uuid primary key,
    person_id           uuid references person (id),
    placeholder_role    text,
    project_id          uuid           not null references known_project (id),
    from_date           date           not null,
    to_date             date           not null,
    hours_per_week      numeric(5, 2)  not null,
    booking             text           not null,
    billable            boolean        not null,
    bill_rate_amount    numeric(17, 2),
    bill_rate_currency  char(3),
    status              text           not null,
    -- The over-allocated weeks found when the booking was last written (JSON array), empty when none.
    overallocated_weeks text,
    version             bigint         not null,
    created_at          timestamptz    not null,
    updated_at          timestamptz    not null,
    constraint allocation_person_or_placeholder check ((person_id is null) <> (placeholder_role is null)),
    constraint allocation_dates check (to_date >= from_date),
    constraint allocation_hours check (hours_per_week > 0 and hours_per_week <= 168)
);
create index allocation_person_dates on allocation (person_id, from_date, to_date) where status = 'ACTIVE';
create index allocation_project on allocation (project_id);
create index allocation_dates on allocation (from_date, to_date) where status = 'ACTIVE';

create table resource_request (
    id                   uuid primary key,
    project_id           uuid          not null references known_project (id),
    role                 text          not null,
    hours_per_week       numeric(5, 2) not null,
    from_date            date          not null,
    to_date              date          not null,
    priority             text          not null,
    status               text          not null,
    filled_allocation_id uuid references allocation (id),
    version              bigint        not null,
    created_at           timestamptz   not null,
    updated_at           timestamptz   not null,
    constraint resource_request_dates check (to_date >= from_date),
    constraint resource_request_hours check (hours_per_week > 0 and hours_per_week <= 168)
);
create index resource_request_project on resource_request (project_id);
create index resource_request_open on resource_request (from_date, to_date) where status = 'OPEN';

create table resource_request_skill (
    request_id uuid     not null references resource_request (id) on delete cascade,
    skill_id   uuid     not null references skill (id),
    min_level  smallint not null,
    primary key (request_id, skill_id),
    constraint resource_request_skill_level check (min_level between 1 and 5)
);
