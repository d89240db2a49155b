-- Each person's over-allocated ISO weeks as resources-service publishes them
-- (deliveryhub.person.overallocation-changed.v1): the PERSON_OVERALLOCATED alert reads them instead of recomputing
-- bookings against capacity here. weeks: [{"week":"2026-W10","capacityHours":32.00,"bookedHours":40.00}, ...].
create table person_overallocation (
    person_id uuid primary key,
    weeks jsonb not null,
    version bigint not null
);
