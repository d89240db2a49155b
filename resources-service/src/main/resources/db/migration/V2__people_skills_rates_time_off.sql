-- People and what describes them: rates (history by effective date), skills, certifications, time off.
create table person (
    id                      uuid primary key,
    name                    text          not null,
    email                   text          not null,
    title                   text,
    practice                text,
    location                text,
    timezone                text,
    employment_type         text,
    capacity_hours_per_week numeric(5, 2) not null default 40,
    active_from             date,
    active_to               date,
    manager_id              uuid references person (id),
    version                 bigint        not null,
    created_at              timestamptz   not null,
    updated_at              timestamptz   not null,
    constraint person_capacity_range check (capacity_hours_per_week >= 0 and capacity_hours_per_week <= 168),
    constraint person_active_dates check (active_to is null or active_from is null or active_to >= active_from)
);
-- Emails are unique whatever their case: Jane.Doe@x and jane.doe@x are the same mailbox.
create unique index person_email_unique on person (lower(email));
create index person_practice on person (practice);
create index person_title on person (title);
create index person_manager on person (manager_id);

-- One row per effective date; the rate on a date is the latest effective on or before it.
create table person_rate (
    id             uuid primary key,
    person_id      uuid           not null references person (id),
    effective_from date           not null,
    cost_rate      numeric(17, 2) not null,
    bill_rate      numeric(17, 2),
    currency       char(3)        not null,
    created_at     timestamptz    not null,
    created_by     text           not null,
    constraint person_rate_once_per_date unique (person_id, effective_from),
    constraint person_rate_not_negative check (cost_rate >= 0 and (bill_rate is null or bill_rate >= 0))
);

create table skill (
    id          uuid primary key,
    name        text        not null,
    category    text,
    description text,
    version     bigint      not null,
    created_at  timestamptz not null,
    updated_at  timestamptz not null
);
create unique index skill_name_unique on skill (lower(name));

create table person_skill (
    id         uuid primary key,
    person_id  uuid         not null references person (id),
    skill_id   uuid         not null references skill (id),
    level      smallint     not null,
    years      numeric(4, 1),
    version    bigint       not null,
    created_at timestamptz  not null,
    updated_at timestamptz  not null,
    constraint person_skill_once unique (person_id, skill_id),
    constraint person_skill_level check (level between 1 and 5),
    constraint person_skill_years check (years is null or years >= 0)
);
create index person_skill_skill on person_skill (skill_id, level);

create table certification (
    id         uuid primary key,
    person_id  uuid        not null references person (id),
    name       text        not null,
    issuer     text,
    issued_on  date,
    expires_on date,
    version    bigint      not null,
    created_at timestamptz not null,
    updated_at timestamptz not null,
    constraint certification_dates check (expires_on is null or issued_on is null or expires_on >= issued_on)
);
create index certification_person on certification (person_id);

create table time_off (
    id            uuid primary key,
    person_id     uuid         not null references person (id),
    from_date     date         not null,
    to_date       date         not null,
    type          text         not null,
    hours_per_day numeric(4, 2) not null,
    note          text,
    version       bigint       not null,
    created_at    timestamptz  not null,
    updated_at    timestamptz  not null,
    constraint time_off_dates check (to_date >= from_date),
    constraint time_off_hours check (hours_per_day > 0 and hours_per_day <= 24)
);
create index time_off_person_dates on time_off (person_id, from_date, to_date);
