-- A time entry that leaves a project (moved to another by an update or an import, or deleted) changes the AC, hours
-- and financials of the project it left, but its event is keyed by the project it is on now, so the consumers mark
-- only that one. The database marks the project left behind instead, in the statement that moves the entry: its facts
-- version moves, so its KPI snapshots and kept financials are computed again (docs/money.md).
create function time_entry_left_project() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        update project set facts_version = facts_version + 1
        where id in (select project_id from removed);
    else
        update project set facts_version = facts_version + 1
        where id in (select r.project_id from removed r join added a on a.id = r.id
                     where a.project_id <> r.project_id);
    end if;
    return null;
end
$$;

create trigger time_entry_moves_mark_projects
    after update on project_time_entry referencing old table as removed new table as added
    for each statement execute function time_entry_left_project();
create trigger time_entry_deletes_mark_projects
    after delete on project_time_entry referencing old table as removed
    for each statement execute function time_entry_left_project();
