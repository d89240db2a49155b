-- Every replica of the service beats here each watch period, so that a rebuild knows whom it waits for; and confirms
-- here that it has paused its live channels and sweeps for a rebuild. A rebuild empties the read models only once every
-- replica seen lately has confirmed (or gives up after a while, having emptied nothing).
create table metrics_replica (
    id      uuid primary key,
    seen_at timestamptz not null
);

create table read_model_rebuild_pause (
    rebuild_id uuid        not null references read_model_rebuild (id) on delete cascade,
    replica_id uuid        not null,
    paused_at  timestamptz not null,
    primary key (rebuild_id, replica_id)
);
