-- The watch's facts version before the change that moved it, as the change's own statement found it (V79): a
-- statement's snapshot can predate a concurrent change of the same project that committed while it waited for the
-- project's row, so only the row the upsert locked tells whether the version before was recorded.
alter table project_fact_watch add column previous_version bigint;
