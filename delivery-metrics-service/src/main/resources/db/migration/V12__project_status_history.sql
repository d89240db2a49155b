-- A project's lifecycle status by date, so a portfolio as of a past day counts each project in the status it had
-- then: one row per project version, with the status it carried and the day (UTC) of the event that set it.
create table project_status_history (
    project_id   uuid   not null,
    version      bigint not null,
    status       text   not null,
    effective_on date   not null,
    primary key (project_id, version)
);
-- Projects applied before this table existed: only their current status is known, and since when is not.
insert into project_status_history (project_id, version, status, effective_on)
select id, version, status, '-infinity' from project;
