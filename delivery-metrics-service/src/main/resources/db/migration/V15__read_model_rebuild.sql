-- Rebuilds of the read models, shared by every replica: at most one runs, whichever replica received the command, and
-- any replica answers how far it has gone. The replica running it beats on heartbeat_at; a RUNNING row whose beat
-- stopped belongs to a replica that died and no longer holds the others' consumers and sweeps.
create table read_model_rebuild (
    id           uuid primary key,
    status       text        not null,
    started_at   timestamptz not null,
    finished_at  timestamptz,
    failure      text,
    -- per topic: {"topic", "replayed", "skipped", "total"}
    topics       jsonb       not null,
    heartbeat_at timestamptz not null,
    constraint read_model_rebuild_status check (status in ('RUNNING', 'COMPLETED', 'FAILED'))
);
create unique index read_model_rebuild_one_running on read_model_rebuild ((true)) where status = 'RUNNING';
