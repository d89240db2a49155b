create table raid_item (
    id               uuid primary key,
    project_id       uuid        not null references project (id),
    type             text        not null,
    title            text        not null,
    description      text,
    probability      int         not null,
    impact           int         not null,
    score            int         not null,
    owner            text,
    mitigation       text,
    due_date         date,
    status           text        not null,
    escalation_level text        not null,
    version          bigint      not null,
    created_at       timestamptz not null,
    updated_at       timestamptz not null,
    constraint raid_probability check (probability between 1 and 5),
    constraint raid_impact check (impact between 1 and 5),
    constraint raid_score check (score = probability * impact)
);
create index raid_item_project on raid_item (project_id, score desc);
