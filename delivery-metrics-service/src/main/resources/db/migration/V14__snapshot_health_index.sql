-- The portfolio's ten projects most at risk are the lowest health scores: walked from this index, the query reads a
-- few dozen snapshots instead of joining and sorting all 5,000 (11 ms to 1 ms in the portfolio bench).
create index project_kpi_snapshot_health on project_kpi_snapshot (health_score);
