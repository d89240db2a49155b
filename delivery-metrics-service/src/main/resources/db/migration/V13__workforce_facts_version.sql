-- Counts the changes to what utilization and bench are computed from (people, time off, allocations, time entries),
-- in the transactions that make them: a replica keeps the figures it computed for a period until the count moves.
create table workforce_facts_version (
    id      smallint primary key check (id = 1),
    version bigint   not null
);
insert into workforce_facts_version (id, version) values (1, 0);
