-- A CRM opportunity's role demand (docs/pipeline-demand.md): lines of role/skills, hours a week and period.
alter table project add column demand jsonb not null default '[]';
