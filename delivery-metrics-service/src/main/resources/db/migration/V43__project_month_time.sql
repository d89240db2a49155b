-- The portfolio's financials add up every project's time. Read entry by entry (2,000,000 entries over 5,000
-- projects) that is hundreds of thousands of rows per read; this table holds each person's time on a project per
-- month and cost currency, kept exact by a trigger on every insert, update and delete of an entry (REJECTED entries
-- and entries without hours do not count), so the read takes a row per person, project and month instead.
-- last_day is the month's latest entry: a month whose last entry is after the day asked about is read entry by
-- entry. It is derived from project_time_entry alone and emptied with it on a rebuild (docs/performance.md).
create table project_month_time (
    project_id     uuid    not null,
    person_id      uuid    not null,
    month          date    not null,
    cost_currency  char(3),
    entries        integer not null,
    costed_entries integer not null,
    hours          numeric not null,
    billable_hours numeric not null,
    -- the sum of the entries' costs, null while none of them is costed
    cost           numeric,
    uncosted_hours numeric not null,
    last_day       date    not null,
    constraint project_month_time_key unique nulls not distinct (project_id, person_id, month, cost_currency)
);

insert into project_month_time (project_id, person_id, month, cost_currency, entries, costed_entries, hours,
                                billable_hours, cost, uncosted_hours, last_day)
select project_id, person_id, date_trunc('month', entry_date)::date, cost_currency, count(*), count(cost_amount),
       sum(hours), coalesce(sum(hours) filter (where billable), 0), sum(cost_amount),
       coalesce(sum(hours) filter (where cost_amount is null), 0), max(entry_date)
from project_time_entry
where status <> 'REJECTED' and hours is not null
group by project_id, person_id, date_trunc('month', entry_date), cost_currency;

create function project_month_time_follow_entry() returns trigger language plpgsql as $$
declare
    old_month date;
begin
    if tg_op in ('UPDATE', 'DELETE') and old.status <> 'REJECTED' and old.hours is not null then
        old_month := date_trunc('month', old.entry_date)::date;
        update project_month_time
        set entries = entries - 1,
            costed_entries = costed_entries - case when old.cost_amount is null then 0 else 1 end,
            hours = hours - old.hours,
            billable_hours = billable_hours - case when old.billable then old.hours else 0 end,
            cost = case when costed_entries - case when old.cost_amount is null then 0 else 1 end = 0 then null
                        else cost - coalesce(old.cost_amount, 0) end,
            uncosted_hours = uncosted_hours - case when old.cost_amount is null then old.hours else 0 end
        where project_id = old.project_id and person_id = old.person_id and month = old_month
          and cost_currency is not distinct from old.cost_currency;
        delete from project_month_time
        where project_id = old.project_id and person_id = old.person_id and month = old_month
          and cost_currency is not distinct from old.cost_currency and entries = 0;
        -- the month's last entry left: find the one before it (an after trigger sees the statement's rows)
        update project_month_time m
        set last_day = (select max(e.entry_date) from project_time_entry e
                        where e.project_id = old.project_id and e.entry_date >= old_month
                          and e.entry_date < (old_month + interval '1 month')::date
                          and e.person_id = old.person_id and e.status <> 'REJECTED' and e.hours is not null
                          and e.cost_currency is not distinct from old.cost_currency)
        where m.project_id = old.project_id and m.person_id = old.person_id and m.month = old_month
          and m.cost_currency is not distinct from old.cost_currency and m.last_day = old.entry_date;
    end if;
    if tg_op in ('INSERT', 'UPDATE') and new.status <> 'REJECTED' and new.hours is not null then
        insert into project_month_time as m (project_id, person_id, month, cost_currency, entries, costed_entries,
                                             hours, billable_hours, cost, uncosted_hours, last_day)
        values (new.project_id, new.person_id, date_trunc('month', new.entry_date)::date, new.cost_currency, 1,
                case when new.cost_amount is null then 0 else 1 end, new.hours,
                case when new.billable then new.hours else 0 end, new.cost_amount,
                case when new.cost_amount is null then new.hours else 0 end, new.entry_date)
        on conflict on constraint project_month_time_key do update
            set entries = m.entries + 1,
                costed_entries = m.costed_entries + excluded.costed_entries,
                hours = m.hours + excluded.hours,
                billable_hours = m.billable_hours + excluded.billable_hours,
                cost = case when excluded.cost is null then m.cost else coalesce(m.cost, 0) + excluded.cost end,
                uncosted_hours = m.uncosted_hours + excluded.uncosted_hours,
                last_day = greatest(m.last_day, excluded.last_day);
    end if;
    return null;
end
$$;

create trigger project_month_time_follow_entry
    after insert or update or delete on project_time_entry
    for each row execute function project_month_time_follow_entry();
