-- The role demand of CRM opportunities, as the projects' events last carried it (docs/pipeline-demand.md): weighted
-- pipeline demand in capacity planning while the project is PROPOSED, one resource request per line once it is won.
create table pipeline_demand (
    project_id     uuid         not null,
    line_id        varchar(100) not null,
    role           varchar(100),
    skills         jsonb        not null default '[]',
    hours_per_week numeric(5,2) not null,
    from_date      date         not null,
    to_date        date         not null,
    primary key (project_id, line_id)
);
create index pipeline_demand_period on pipeline_demand (from_date, to_date);

-- The demand line a request was opened for: one request per line, however often the won event is delivered.
alter table resource_request add column demand_line_id varchar(100);
create unique index resource_request_demand_line on resource_request (project_id, demand_line_id)
    where demand_line_id is not null;
