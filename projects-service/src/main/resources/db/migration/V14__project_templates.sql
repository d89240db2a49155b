-- A template's milestones and standard RAID entries are read and written only as a whole, with the
-- template, so they are kept as JSON documents beside it rather than as rows of their own.
create table project_template (
    id             uuid primary key,
    name           text        not null,
    description    text,
    delivery_model text,
    milestones     jsonb       not null default '[]',
    raid_entries   jsonb       not null default '[]',
    version        bigint      not null,
    created_at     timestamptz not null,
    updated_at     timestamptz not null,
    constraint project_template_name_unique unique (name),
    constraint project_template_delivery_model
        check (delivery_model in ('FIXED_PRICE', 'TIME_AND_MATERIALS', 'RETAINER', 'INTERNAL'))
);
