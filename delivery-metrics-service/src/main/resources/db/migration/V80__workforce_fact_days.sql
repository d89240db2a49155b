-- The day each change to what utilization and bench are computed from counts from, so that the figures of a period
-- hold through facts dated after it (today's time entries): of each day, the latest workforce facts version (V13)
-- whose change counts from that day on ('-infinity' when it may count on any day).
create table workforce_fact_day (
    effective_on date   primary key,
    version      bigint not null
);
