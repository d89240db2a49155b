-- Who each known project names (project manager, delivery manager, delivery lead): whose own project it is, for
-- object-level authorization. Rows known before this migration hold nulls until their project's next event, or
-- until the read model is rebuilt from deliveryhub.projects.v1 (every project event carries the full state).
alter table known_project add column project_manager_id uuid;
alter table known_project add column delivery_manager_id uuid;
alter table known_project add column delivery_lead_id uuid;
create index known_project_project_manager on known_project (project_manager_id);
create index known_project_delivery_manager on known_project (delivery_manager_id);
