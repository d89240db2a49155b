-- Exchange rates to the base currency by effective date (docs/money.md): 1 unit of currency = rate_to_base base units.
-- Setting the same currency and date again replaces the rate, so each row is versioned like any aggregate.
create table exchange_rate (
    id             uuid primary key,
    currency       char(3)        not null,
    effective_from date           not null,
    rate_to_base   numeric(22, 10) not null,
    version        bigint         not null,
    created_at     timestamptz    not null,
    updated_at     timestamptz    not null,
    updated_by     text           not null,
    constraint exchange_rate_once_per_date unique (currency, effective_from),
    constraint exchange_rate_positive check (rate_to_base > 0)
);
