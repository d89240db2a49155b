-- Who runs the project, how it is sold and what it is worth (DESIGN.md §6), plus the CRM opportunity it came from.
alter table project
    add column delivery_model      text,
    add column practice            text,
    add column project_manager_id  uuid,
    add column delivery_manager_id uuid,
    add column delivery_lead_id    uuid,
    add column budget_hours        numeric(12, 2),
    add column tags                text[]        not null default '{}',
    add column probability         numeric(4, 3),
    add column opportunity_system  text,
    add column opportunity_id      text,
    add constraint project_delivery_model
        check (delivery_model in ('FIXED_PRICE', 'TIME_AND_MATERIALS', 'RETAINER', 'INTERNAL')),
    add constraint project_budget_hours check (budget_hours >= 0),
    add constraint project_probability check (probability between 0 and 1),
    -- A replayed or concurrent CRM import can never make a second project for one opportunity.
    add constraint project_opportunity_unique unique (opportunity_system, opportunity_id);

-- The portfolio filters of GET /projects.
create index project_delivery_manager on project (delivery_manager_id);
create index project_project_manager on project (project_manager_id);
create index project_practice on project (practice);
create index project_tags on project using gin (tags);
