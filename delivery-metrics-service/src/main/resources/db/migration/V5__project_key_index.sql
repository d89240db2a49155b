-- Project KPIs are asked for by key as well as by id (GET /metrics/projects/{idOrKey}).
create index project_key on project (key);
