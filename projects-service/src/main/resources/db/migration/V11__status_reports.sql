-- Status reports are immutable records of what was said on a date; a correction is a newer report.
create table status_report (
    id               uuid primary key,
    project_id       uuid        not null references project (id),
    as_of            date        not null,
    overall          text        not null,
    schedule         text        not null,
    budget           text        not null,
    scope            text        not null,
    quality          text        not null,
    percent_complete int         not null,
    summary          text        not null,
    accomplishments  text,
    next_steps       text,
    blockers         text,
    source           text        not null,
    reported_by      text        not null,
    version          bigint      not null,
    created_at       timestamptz not null,
    updated_at       timestamptz not null,
    constraint status_report_percent check (percent_complete between 0 and 100)
);
create index status_report_project on status_report (project_id, as_of desc, created_at desc);
