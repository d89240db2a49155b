create table client (
    id         uuid primary key,
    name       text        not null,
    industry   text,
    status     text        not null,
    version    bigint      not null,
    created_at timestamptz not null,
    updated_at timestamptz not null
);

create table project (
    id             uuid primary key,
    key            text        not null,
    name           text        not null,
    client_id      uuid        not null references client (id),
    status         text        not null,
    planned_start  date,
    planned_end    date,
    budget_amount  numeric(17, 2),
    budget_currency char(3),
    version        bigint      not null,
    created_at     timestamptz not null,
    updated_at     timestamptz not null,
    constraint project_key_unique unique (key),
    constraint project_planned_dates check (planned_end is null or planned_start is null or planned_end >= planned_start)
);
create index project_client on project (client_id);
create index project_status on project (status);
