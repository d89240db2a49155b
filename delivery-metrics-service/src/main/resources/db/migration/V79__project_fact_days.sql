-- The day each change to a project's facts takes effect from, so that a kept past day (V51, V52) stays kept through
-- facts dated after it (today's time entries and status reports): of each project and day, the latest facts version
-- whose change counts from that day on ('-infinity' when the change may count on any day).
create table project_fact_change (
    project_id    uuid   not null,
    effective_on  date   not null,
    facts_version bigint not null,
    primary key (project_id, effective_on)
);

-- The facts version of each project as of the last change recorded above: when the project's has moved past it,
-- something else changed its facts (of unknown days), and its kept days hold only while their own version is current.
create table project_fact_watch (
    project_id    uuid   primary key,
    facts_version bigint not null
);
