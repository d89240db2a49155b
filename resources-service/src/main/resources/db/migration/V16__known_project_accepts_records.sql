-- Whether a known project still takes records, as projects-service publishes it (acceptsRecords on every project
-- event): null while unknown (an event from before the field), which resources-service treats as accepting.
-- Rows held now get the value projects-service would have published for the status they hold, once, so that
-- projects that ended before the upgrade stay closed to bookings; from here on only the events decide.
alter table known_project add column accepts_records boolean;
update known_project set accepts_records = status not in ('CLOSED', 'CANCELLED');
