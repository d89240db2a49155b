-- Pipeline telemetry posted by CI/CD (role INTEGRATION_PIPELINES): upserted by the pipeline's own id.
create table deployment (
    id           uuid primary key,
    external_id  text        not null,
    project_id   uuid        not null,
    service      text        not null,
    environment  text        not null,
    started_at   timestamptz not null,
    finished_at  timestamptz not null,
    status       text        not null,
    version      bigint      not null,
    created_at   timestamptz not null,
    updated_at   timestamptz not null,
    constraint deployment_external_id_unique unique (external_id),
    constraint deployment_finished_after_start check (finished_at >= started_at)
);
create index deployment_scope on deployment (project_id, service, finished_at);
create index deployment_finished on deployment (finished_at);

-- The commits a deployment shipped, in the order the pipeline listed them (lead time for changes).
create table deployment_commit (
    deployment_id uuid        not null references deployment (id) on delete cascade,
    position      int         not null,
    sha           text        not null,
    committed_at  timestamptz not null,
    primary key (deployment_id, position)
);

create table incident (
    id                     uuid primary key,
    external_id            text        not null,
    project_id             uuid        not null,
    service                text        not null,
    opened_at              timestamptz not null,
    resolved_at            timestamptz,
    deployment_external_id text,
    severity               text        not null,
    version                bigint      not null,
    created_at             timestamptz not null,
    updated_at             timestamptz not null,
    constraint incident_external_id_unique unique (external_id),
    constraint incident_resolved_after_open check (resolved_at is null or resolved_at >= opened_at)
);
create index incident_scope on incident (project_id, service, opened_at);
create index incident_opened on incident (opened_at);
