create table feedback (
    id           uuid primary key,
    project_id   uuid        not null references project (id),
    milestone_id uuid references milestone (id),
    csat         int,
    nps          int,
    comment      text,
    received_by  text        not null,
    version      bigint      not null,
    created_at   timestamptz not null,
    updated_at   timestamptz not null,
    constraint feedback_csat check (csat between 1 and 5),
    constraint feedback_nps check (nps between 0 and 10),
    constraint feedback_has_a_score check (csat is not null or nps is not null)
);
create index feedback_project on feedback (project_id, created_at desc);
