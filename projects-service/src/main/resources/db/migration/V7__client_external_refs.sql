-- A client's identities in other systems (CRM accounts); one external id belongs to one client only, so a
-- replayed or concurrent sync finds the client instead of creating a second one.
create table client_external_ref (
    client_id   uuid not null references client (id),
    system      text not null,
    external_id text not null,
    primary key (client_id, system, external_id),
    constraint client_external_ref_unique unique (system, external_id)
);
create index client_status on client (status);
