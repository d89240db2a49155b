-- The portfolio's tallies and its most-at-risk list scan every project's snapshot, but need the health factors (a
-- JSON list of several hundred bytes, too short for PostgreSQL to move out of line by itself) of ten rows only. In a
-- table of their own they no longer widen the rows the scans read: 5,000 snapshots fit in about 100 pages instead of
-- 700. A snapshot and its factors are written by one statement, under the snapshot's (day, version) guard.
create table project_kpi_health_factors (
    project_id uuid primary key references project_kpi_snapshot (project_id) on delete cascade,
    factors    text not null
);
insert into project_kpi_health_factors (project_id, factors) select project_id, health_factors from project_kpi_snapshot;
alter table project_kpi_snapshot drop column health_factors;
