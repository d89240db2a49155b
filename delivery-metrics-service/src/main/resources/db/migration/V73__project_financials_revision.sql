-- Each kept row's revision, new with every write of the row: the portfolio's running totals remember which revision of
-- a project's row they counted, so that when the row is replaced they can take that row out and the new one in
-- (docs/performance.md). A revision, not the facts version, because two rows of one facts version may differ (the
-- facts version is read before the facts).
create sequence project_financials_revision;

alter table project_financials add column revision bigint not null default nextval('project_financials_revision');
