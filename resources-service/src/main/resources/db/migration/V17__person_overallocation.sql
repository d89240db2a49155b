-- The weeks in which each person's HARD bookings exceed their capacity after time off, as last published in
-- deliveryhub.person.overallocation-changed.v1 (one row per person who has ever been over-allocated), so a new
-- event goes out only when they change, with the next version.
create table person_overallocation (
    person_id uuid primary key,
    weeks text not null,
    version bigint not null,
    updated_at timestamptz not null
);

-- People over-allocated before the event existed are published once, by the first replica to start after this
-- migration (it claims the row); see OverallocationSeed.
create table overallocation_seed (seeded_at timestamptz);
insert into overallocation_seed (seeded_at) values (null);
