-- The outbox is a queue for the relay, not an archive: each row is read once and removed after a week. Compressing
-- payloads (pglz, the only method every PostgreSQL build has) cost about 4 ms of database CPU per 90 kB import event,
-- 20 of them per 5,000-entry batch; kept uncompressed, still out of line, they cost only disk.
alter table outbox alter column payload set storage external;
