-- The triggers of V60, same tables and same sums, with static statements: V60 put its statements together as text and
-- ran them with EXECUTE, which PL/pgSQL parses and plans again on every call, so every single time entry paid for
-- planning two upserts. A static statement cannot name a transition table the trigger lacks (an insert has no removed
-- rows, a delete no added ones), so the entries that count now (came, +1) and those that counted before (went, -1)
-- are taken into arrays first, and every statement reads both arrays: one text, prepared once per connection.
create or replace function time_entry_sums_follow_entries() returns trigger language plpgsql as $$
declare
    came project_time_entry[];
    went project_time_entry[];
begin
    if tg_op <> 'DELETE' then
        select array_agg(e::project_time_entry) into came
        from added e where e.status <> 'REJECTED' and e.hours is not null;
    end if;
    if tg_op <> 'INSERT' then
        select array_agg(e::project_time_entry) into went
        from removed e where e.status <> 'REJECTED' and e.hours is not null;
    end if;
    if came is null and went is null then
        return null;
    end if;

    -- keys in a fixed order, so that two transactions upserting the same rows wait for each other, never deadlock
    insert into person_day_hours as d (person_id, day, hours, billable_hours)
    select person_id, entry_date, sum(sign * hours), coalesce(sum(sign * hours) filter (where billable), 0)
    from (select c.*, 1 as sign from unnest(came) c union all select w.*, -1 from unnest(went) w) change
    group by person_id, entry_date
    order by person_id, entry_date
    on conflict (person_id, day) do update
        set hours = d.hours + excluded.hours, billable_hours = d.billable_hours + excluded.billable_hours
        where excluded.hours <> 0 or excluded.billable_hours <> 0;

    insert into project_month_time as m (project_id, person_id, month, cost_currency, entries, costed_entries, hours,
                                         billable_hours, cost, uncosted_hours, last_day)
    select project_id, person_id, date_trunc('month', entry_date)::date, cost_currency, sum(sign),
           coalesce(sum(sign) filter (where cost_amount is not null), 0), sum(sign * hours),
           coalesce(sum(sign * hours) filter (where billable), 0), sum(sign * cost_amount),
           coalesce(sum(sign * hours) filter (where cost_amount is null), 0),
           -- the latest day that came; a day that went can only lower it, which the last statement sees to
           coalesce(max(entry_date) filter (where sign = 1), min(entry_date))
    from (select c.*, 1 as sign from unnest(came) c union all select w.*, -1 from unnest(went) w) change
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
           or excluded.last_day > m.last_day;

    if went is null then
        return null;
    end if;
    delete from project_month_time m
    using (select distinct project_id, person_id, date_trunc('month', entry_date)::date as month, cost_currency
           from unnest(went)) r
    where m.project_id = r.project_id and m.person_id = r.person_id and m.month = r.month
      and m.cost_currency is not distinct from r.cost_currency and m.entries = 0;
    -- a month whose latest entry went, and no later one came, has its latest day looked up again (an after trigger
    -- sees the statement's rows)
    update project_month_time m
    set last_day = (select max(e.entry_date) from project_time_entry e
                    where e.project_id = m.project_id and e.entry_date >= m.month
                      and e.entry_date < (m.month + interval '1 month')::date
                      and e.person_id = m.person_id and e.status <> 'REJECTED' and e.hours is not null
                      and e.cost_currency is not distinct from m.cost_currency)
    from (select project_id, person_id, date_trunc('month', entry_date)::date as month, cost_currency,
                 max(entry_date) filter (where sign = -1) as removed_day,
                 max(entry_date) filter (where sign = 1) as added_day
          from (select c.*, 1 as sign from unnest(came) c union all select w.*, -1 from unnest(went) w) change
          group by project_id, person_id, date_trunc('month', entry_date), cost_currency) r
    where m.project_id = r.project_id and m.person_id = r.person_id and m.month = r.month
      and m.cost_currency is not distinct from r.cost_currency
      and r.removed_day is not null and m.last_day <= r.removed_day
      and (r.added_day is null or r.added_day < r.removed_day);
    return null;
end
$$;

-- V61's: an upsert that changed no entry (each insert statement's update side, and the other way round) moves no
-- project, so it need not look.
create or replace function time_entry_left_project() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        update project set facts_version = facts_version + 1
        where id in (select project_id from removed);
    elsif exists (select from added) then
        update project set facts_version = facts_version + 1
        where id in (select r.project_id from removed r join added a on a.id = r.id
                     where a.project_id <> r.project_id);
    end if;
    return null;
end
$$;
