-- Work that runs once per period however many replicas run (the alert sweep): one row per kind of work, held until a
-- time; the first replica whose turn comes after that time takes it, the others skip their turn.
create table replica_lease (
    name       text        primary key,
    held_until timestamptz not null
);
