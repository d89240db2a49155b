-- Milestones carry the weight that earned value counts (DESIGN.md §8) and the acceptance a client signs off.
create table milestone (
    id                  uuid primary key,
    project_id          uuid           not null references project (id),
    name                text           not null,
    due_date            date           not null,
    weight              numeric(12, 3) not null default 0,
    billing_amount      numeric(17, 2),
    billing_currency    char(3),
    acceptance_criteria text,
    status              text           not null,
    completed_on        date,
    waived_reason       text,
    accepted_on         date,
    accepted_by         text,
    version             bigint         not null,
    created_at          timestamptz    not null,
    updated_at          timestamptz    not null,
    constraint milestone_status check (status in ('PLANNED', 'IN_PROGRESS', 'DONE', 'WAIVED')),
    constraint milestone_weight check (weight >= 0),
    constraint milestone_done_has_date check (status <> 'DONE' or completed_on is not null)
);
create index milestone_project on milestone (project_id, due_date);

-- The quality gate of a milestone: it can be accepted only when every deliverable is ACCEPTED.
create table deliverable (
    id            uuid primary key,
    milestone_id  uuid        not null references milestone (id),
    project_id    uuid        not null references project (id),
    name          text        not null,
    description   text,
    review_status text        not null,
    review_notes  text,
    reviewed_by   text,
    reviewed_at   timestamptz,
    version       bigint      not null,
    created_at    timestamptz not null,
    updated_at    timestamptz not null,
    constraint deliverable_review_status check (review_status in ('DRAFT', 'IN_REVIEW', 'ACCEPTED', 'REJECTED'))
);
create index deliverable_milestone on deliverable (milestone_id);
