-- person_day_hours (V7) and project_month_time (V43) follow the entries once per statement instead of once per row:
-- an import chunk of hundreds of entries is one statement, and adding up its rows in one pass per table costs the
-- database far less than two trigger calls and two upserts per entry (docs/performance.md). Same tables, same
-- meaning: REJECTED entries and entries without hours do not count; a project_month_time row goes when its last
-- entry goes, a person_day_hours row stays at zero.
drop trigger person_day_hours_follow_entry on project_time_entry;
drop trigger project_month_time_follow_entry on project_time_entry;
drop function person_day_hours_follow_entry();
drop function project_month_time_follow_entry();

-- One function for the three triggers below (a trigger with transition tables takes one kind of statement): it adds
-- up the entries that count now (added, +1) and those that counted before (removed, -1) per key, and applies the
-- difference. Which transition tables exist depends on the statement, hence the statements are put together here.
create function time_entry_sums_follow_entries() returns trigger language plpgsql as $$
declare
    came constant text := 'select e.*, 1 as sign from added e where e.status <> ''REJECTED'' and e.hours is not null';
    went constant text := 'select e.*, -1 as sign from removed e where e.status <> ''REJECTED'' and e.hours is not null';
    changes text;
begin
    if tg_op = 'INSERT' then
        if not exists (select from added) then
            return null;
        end if;
        changes := came;
    elsif tg_op = 'DELETE' then
        changes := went;
    else
        if not exists (select from added) then
            return null;
        end if;
        changes := came || ' union all ' || went;
    end if;

    -- keys in a fixed order, so that two transactions upserting the same rows wait for each other, never deadlock
    execute format($sql$
        insert into person_day_hours as d (person_id, day, hours, billable_hours)
        select person_id, entry_date, sum(sign * hours), coalesce(sum(sign * hours) filter (where billable), 0)
        from (%s) change
        group by person_id, entry_date
        order by person_id, entry_date
        on conflict (person_id, day) do update
            set hours = d.hours + excluded.hours, billable_hours = d.billable_hours + excluded.billable_hours
            where excluded.hours <> 0 or excluded.billable_hours <> 0$sql$, changes);

    execute format($sql$
        insert into project_month_time as m (project_id, person_id, month, cost_currency, entries, costed_entries, hours,
                                             billable_hours, cost, uncosted_hours, last_day)
        select project_id, person_id, date_trunc('month', entry_date)::date, cost_currency, sum(sign),
               coalesce(sum(sign) filter (where cost_amount is not null), 0), sum(sign * hours),
               coalesce(sum(sign * hours) filter (where billable), 0), sum(sign * cost_amount),
               coalesce(sum(sign * hours) filter (where cost_amount is null), 0),
               -- the latest day that came; a day that went can only lower it, which the last statement sees to
               coalesce(max(entry_date) filter (where sign = 1), min(entry_date))
        from (%s) change
        group by project_id, person_id, date_trunc('month', entry_date), cost_currency
        order by project_id, person_id, date_trunc('month', entry_date), cost_currency
        on conflict on constraint project_month_time_key do update
            set entries = m.entries + excluded.entries,
                costed_entries = m.costed_entries + excluded.costed_entries,
                hours = m.hours + excluded.hours,
                billable_hours = m.billable_hours + excluded.billable_hours,
                cost = case when m.costed_entries + excluded.costed_entries = 0 then null
                            else coalesce(m.cost, 0) + coalesce(excluded.cost, 0) end,
                uncosted_hours = m.uncosted_hours + excluded.uncosted_hours,
                last_day = greatest(m.last_day, excluded.last_day)
            where excluded.entries <> 0 or excluded.costed_entries <> 0 or excluded.hours <> 0
               or excluded.billable_hours <> 0 or excluded.cost <> 0 or excluded.uncosted_hours <> 0
               or excluded.last_day > m.last_day$sql$, changes);

    if tg_op = 'INSERT' then
        return null;
    end if;
    execute format($sql$
        delete from project_month_time m
        using (select distinct project_id, person_id, date_trunc('month', entry_date)::date as month, cost_currency
               from (%s) change) r
        where m.project_id = r.project_id and m.person_id = r.person_id and m.month = r.month
          and m.cost_currency is not distinct from r.cost_currency and m.entries = 0$sql$, went);
    -- a month whose latest entry went, and no later one came, has its latest day looked up again (an after trigger
    -- sees the statement's rows)
    execute format($sql$
        update project_month_time m
        set last_day = (select max(e.entry_date) from project_time_entry e
                        where e.project_id = m.project_id and e.entry_date >= m.month
                          and e.entry_date < (m.month + interval '1 month')::date
                          and e.person_id = m.person_id and e.status <> 'REJECTED' and e.hours is not null
                          and e.cost_currency is not distinct from m.cost_currency)
        from (select project_id, person_id, date_trunc('month', entry_date)::date as month, cost_currency,
                     max(entry_date) filter (where sign = -1) as removed_day,
                     max(entry_date) filter (where sign = 1) as added_day
              from (%s) change
              group by project_id, person_id, date_trunc('month', entry_date), cost_currency) r
        where m.project_id = r.project_id and m.person_id = r.person_id and m.month = r.month
          and m.cost_currency is not distinct from r.cost_currency
          and r.removed_day is not null and m.last_day <= r.removed_day
          and (r.added_day is null or r.added_day < r.removed_day)$sql$, changes);
    return null;
end
$$;

create trigger time_entry_sums_follow_inserts
    after insert on project_time_entry referencing new table as added
    for each statement execute function time_entry_sums_follow_entries();
create trigger time_entry_sums_follow_updates
    after update on project_time_entry referencing old table as removed new table as added
    for each statement execute function time_entry_sums_follow_entries();
create trigger time_entry_sums_follow_deletes
    after delete on project_time_entry referencing old table as removed
    for each statement execute function time_entry_sums_follow_entries();
