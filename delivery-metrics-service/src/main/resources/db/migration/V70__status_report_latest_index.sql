-- A day's KPIs read each project's latest report on or before the day (as of, then as posted): one backward step of
-- this index per project, however many reports the project has. It serves the (project_id, as_of) reads as well.
drop index project_status_report_project;
create index project_status_report_latest on project_status_report (project_id, as_of, created_at, id);
