-- Hibernate binds a String array as varchar[], and PostgreSQL has no text[] @> varchar[] operator:
-- the tags column takes the type the queries use, so the tag filter keeps its GIN index.
alter table project alter column tags drop default;
alter table project alter column tags type varchar[] using tags::varchar[];
alter table project alter column tags set default '{}';
