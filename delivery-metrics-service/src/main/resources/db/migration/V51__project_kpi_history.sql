-- Each project's KPIs as of a past day, as the portfolio of that day computed them, so that asking for the same
-- past day again (trends and month-end reports do, all the time) reads 5,000 rows instead of computing 5,000
-- projects from their facts. A row holds while the project's facts version is the one it was computed from; the
-- health factors stay in the row, as only the few projects listed as most at risk read them.
create table project_kpi_history (
    as_of              date        not null,
    project_id         uuid        not null,
    currency           char(3),
    bac                numeric(17, 2),
    ac                 numeric(17, 2) not null,
    cpi                numeric(12, 3),
    spi                numeric(12, 3),
    percent_complete   numeric(6, 3),
    rag                text,
    health_score       integer     not null,
    health_status      text        not null,
    milestones_on_time integer     not null,
    milestones_late    integer     not null,
    csat_sum           integer     not null,
    csat_count         integer     not null,
    nps_sum            integer     not null,
    nps_count          integer     not null,
    facts_version      bigint      not null,
    computed_at        timestamptz not null,
    health_factors     text        not null,
    -- a day's rows are read together
    primary key (as_of, project_id)
);
