-- Each project's financials as of a day in the base currency, as the portfolio financials computed them, so that a
-- portfolio read adds up 5,000 rows in SQL instead of computing 5,000 projects from their facts (and holding them).
-- A row holds while the project's facts version and the firm's money version are the ones it was computed from;
-- amounts are unrounded (rounded once, when shown). The per-month amounts are parallel arrays, so that a row and its
-- months are replaced together by one upsert.
create table project_financials (
    as_of                date        not null,
    project_id           uuid        not null,
    actual_revenue       numeric     not null,
    actual_cost          numeric     not null,
    forecast_revenue     numeric     not null,
    forecast_cost        numeric     not null,
    -- margin / revenue at completion, unrounded; null when that revenue is 0
    margin_percent       numeric,
    unconverted          integer     not null,
    months               date[]      not null,
    month_actual_revenue numeric[]   not null,
    month_actual_cost    numeric[]   not null,
    month_forecast_revenue numeric[] not null,
    month_forecast_cost  numeric[]   not null,
    facts_version        bigint      not null,
    firm_version         bigint      not null,
    computed_at          timestamptz not null,
    primary key (as_of, project_id)
);

-- Counts the changes to what every project's financials depend on (exchange rates, people's rates), in the
-- transactions that make them: a kept row of another count is stale.
create table money_firm_version (
    id      smallint primary key check (id = 1),
    version bigint   not null
);
insert into money_firm_version (id, version) values (1, 0);
