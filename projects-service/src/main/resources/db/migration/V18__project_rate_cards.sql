-- A project's own bill rate for a person from a date on, overriding the person's default bill rate there.
create table project_rate (
    id             uuid primary key,
    project_id     uuid           not null references project (id),
    person_id      uuid           not null,
    effective_from date           not null,
    bill_amount    numeric(17, 2) not null,
    bill_currency  char(3)        not null,
    version        bigint         not null,
    created_at     timestamptz    not null,
    updated_at     timestamptz    not null,
    created_by     text           not null,
    constraint project_rate_once_per_date unique (project_id, person_id, effective_from),
    constraint project_rate_not_negative check (bill_amount >= 0)
);
