-- Each project's KPIs as of one day (today), so the portfolio adds up stored figures instead of computing 5,000
-- projects' earned value per request. The transaction that applies a fact of a project counts the project's
-- facts_version up; a row computed from an older version, or of an earlier day (the date changed), is recomputed
-- by the next portfolio read, so no answer ever misses a fact that was applied before it.
-- The tallies are additive, so a portfolio's milestone on-time rate and CSAT/NPS come from sums of them.
alter table project add column facts_version bigint not null default 0;

create table project_kpi_snapshot (
    project_id         uuid primary key,
    as_of              date        not null,
    currency           char(3),
    bac                numeric(17, 2),
    ac                 numeric(17, 2) not null,
    cpi                numeric(12, 3),
    spi                numeric(12, 3),
    percent_complete   numeric(6, 3),
    rag                text,
    health_score       integer     not null,
    health_status      text        not null,
    health_factors     text        not null,
    milestones_on_time integer     not null,
    milestones_late    integer     not null,
    csat_sum           integer     not null,
    csat_count         integer     not null,
    nps_sum            integer     not null,
    nps_count          integer     not null,
    facts_version      bigint      not null,
    computed_at        timestamptz not null
);
-- Portfolio filters (delivery manager, client, practice) read the project row beside its snapshot.
create index project_delivery_manager on project (delivery_manager_id);
create index project_client on project (client_id);
