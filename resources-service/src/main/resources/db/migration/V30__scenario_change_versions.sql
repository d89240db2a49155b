-- A scenario's changes are resources of their own (docs/scenarios.md): each carries a version, its ETag, so that two
-- planners editing one scenario cannot overwrite each other's change unseen. Existing changes start at version 1.
alter table scenario_allocation add column version bigint not null default 1;
alter table scenario_tentative_project add column version bigint not null default 1;
