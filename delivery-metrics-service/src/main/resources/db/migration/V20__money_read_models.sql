-- What project financials are computed from, beyond the time entries (V6) and milestones (V4): exchange rates,
-- the project's currency and delivery model, people's rate history, project rate cards, milestone billing amounts
-- and the rates written on allocations. Every row carries its aggregate's version: an event is applied only when
-- it is newer than the row. All are emptied and replayed by a read-model rebuild.

-- 1 unit of currency = rate_to_base units of the base currency, from effective_from until the next row.
create table exchange_rate (
    currency       char(3)        not null,
    effective_from date           not null,
    rate_to_base   numeric(30, 10) not null,
    version        bigint         not null,
    primary key (currency, effective_from)
);

create table project_money (
    project_id     uuid    primary key,
    currency       char(3),
    delivery_model text,
    probability    numeric(6, 5),
    version        bigint  not null
);

create table person_rate (
    id             uuid    primary key,
    person_id      uuid    not null,
    effective_from date    not null,
    cost_amount    numeric,
    cost_currency  char(3),
    bill_amount    numeric,
    bill_currency  char(3),
    version        bigint  not null
);
create index person_rate_person on person_rate (person_id, effective_from);

-- A removed entry is kept (removed = true) so that a late "set" of an older version cannot revive it.
create table project_rate_card (
    id             uuid    primary key,
    project_id     uuid    not null,
    person_id      uuid    not null,
    effective_from date    not null,
    bill_amount    numeric not null,
    bill_currency  char(3) not null,
    removed        boolean not null,
    version        bigint  not null
);
create index project_rate_card_project on project_rate_card (project_id);

create table milestone_billing (
    id               uuid   primary key,
    project_id       uuid   not null,
    billing_amount   numeric,
    billing_currency char(3),
    accepted_on      date,
    version          bigint not null
);
create index milestone_billing_project on milestone_billing (project_id);

-- The rates a placeholder allocation is priced at (named allocations take their person's rates).
create table allocation_rate (
    id            uuid   primary key,
    project_id    uuid   not null,
    bill_amount   numeric,
    bill_currency char(3),
    cost_amount   numeric,
    cost_currency char(3),
    version       bigint not null
);
create index allocation_rate_project on allocation_rate (project_id);
