package io.deliveryhub.deploy.bench;

import io.deliveryhub.deploy.local.LocalStack;
import io.deliveryhub.deploy.local.Service;

/**
 * Seeds delivery-metrics-service's read models in bulk, as its consumers would have filled them from the project and
 * resources events: millions of time entries through the topics would take an hour and measure the consumers, not
 * the portfolio query. Rows are generated in the database (generate_series), the fastest way in.
 */
final class MetricsDatabase extends BenchDatabase {

    MetricsDatabase(LocalStack stack) {
        super(stack.jdbcUrl(Service.DELIVERY_METRICS));
    }

    /**
     * Inserts time entries in bulk: the sums per person and day (person_day_hours) and per project, person and month
     * (project_month_time) that the insert trigger keeps are made once afterwards from the whole table.
     */
    void timeEntries(String insert, Object... parameters) {
        update("alter table project_time_entry disable trigger time_entry_sums_follow_inserts");
        update(insert, parameters);
        update("""
                insert into person_day_hours (person_id, day, hours, billable_hours)
                select person_id, entry_date, sum(hours), coalesce(sum(hours) filter (where billable), 0)
                from project_time_entry where status <> 'REJECTED' and hours is not null group by person_id, entry_date""");
        update("""
                insert into project_month_time (project_id, person_id, month, cost_currency, entries, costed_entries,
                                                hours, billable_hours, cost, uncosted_hours, last_day)
                select project_id, person_id, date_trunc('month', entry_date)::date, cost_currency, count(*),
                       count(cost_amount), sum(hours), coalesce(sum(hours) filter (where billable), 0), sum(cost_amount),
                       coalesce(sum(hours) filter (where cost_amount is null), 0), max(entry_date)
                from project_time_entry
                where status <> 'REJECTED' and hours is not null
                group by project_id, person_id, date_trunc('month', entry_date), cost_currency""");
        update("alter table project_time_entry enable trigger time_entry_sums_follow_inserts");
        // written behind the service's back: what it kept of the workforce figures is out of date
        update("update workforce_facts_version set version = version + 1");
    }
}
