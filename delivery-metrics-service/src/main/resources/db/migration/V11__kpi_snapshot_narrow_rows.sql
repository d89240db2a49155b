-- The portfolio's tallies and its most-at-risk list scan every project's snapshot, but need the health factors (a
-- JSON list of several hundred bytes) of ten rows only. Kept out of line, the factors no longer widen the rows the
-- scans read (5,000 rows: from about 700 pages to about 100). Room left on each page lets the frequent recomputations
-- update rows in place (HOT) instead of leaving dead copies for the scans to step over.
alter table project_kpi_snapshot set (toast_tuple_target = 128, fillfactor = 80);
alter table project_kpi_snapshot alter column health_factors set storage external;
