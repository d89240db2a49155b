package io.deliveryhub.deploy.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.deliveryhub.deploy.local.LocalStack;
import io.deliveryhub.deploy.local.Service;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Issue 17's portfolio financials benchmark: GET /metrics/portfolio/financials through the gateway over 5,000
 * projects (every delivery model, three currencies with monthly exchange rates, rate cards, milestone billings), 500
 * people with a raise half a year ago, 20,000 allocations and the 2,000,000 time entries booked on them, one caller at
 * a time (goal: p95 ≤ 100 ms), also with one project's facts moved before each read, and concurrently. The read
 * models are seeded straight into delivery-metrics' database (see {@link MetricsDatabase}). The answer's totals are
 * printed, so that runs on different code can be compared.
 */
final class PortfolioFinancialsBench implements Scenario {

    private static final int PROJECTS = 5_000;
    private static final int PEOPLE = 500;
    private static final int ALLOCATIONS = 20_000;
    private static final int ENTRIES_PER_ALLOCATION = 100;
    private static final int DELIVERY_MANAGERS = 50;
    private static final String PATH = "/api/v1/metrics/portfolio/financials";
    private static final List<String> SAME_FIGURES = List.of("projects", "actual", "forecast", "atCompletion",
            "months", "pipeline", "lowestMargins", "unconvertedAmounts");

    @Override
    public String name() {
        return "portfolio-financials";
    }

    @Override
    public List<Figures> run(LocalStack stack, Gateway admin, LoadRun load) {
        Gateway gateway = admin.asPerson("HEAD_OF_DELIVERY");
        MetricsDatabase database = new MetricsDatabase(stack);
        long began = System.nanoTime();
        seed(database);
        System.out.printf("  seeded delivery_metrics' read models by SQL (not through the topics) in %.1f s: %s%n",
                (System.nanoTime() - began) / 1e9, seeded(database));
        long first = System.nanoTime();
        JsonNode answer = firstRead(gateway);
        System.out.printf("  first read: %.0f ms; %d projects, actual %s, at completion %s, pipeline %s, %d months,"
                + " %d unconverted%n", (System.nanoTime() - first) / 1e6, answer.path("projects").asLong(),
                answer.path("actual"), answer.path("atCompletion"), answer.path("pipeline").path("weighted"),
                answer.path("months").size(), answer.path("unconvertedAmounts").asLong());
        System.out.printf("  delivery-metrics after the first read: RSS %d MB (heap at most %s)%n",
                ResidentMemory.megabytes(Service.DELIVERY_METRICS), Service.DELIVERY_METRICS.maxHeap());
        String manager = "00000000-0000-4000-8000-" + String.format("%012d", 7);
        String past = LocalDate.now(ZoneOffset.UTC).minusDays(30).toString();
        LoadRun oneCaller = load.withClients(1);
        List<Figures> figures = new ArrayList<>();
        figures.add(oneCaller.run("GET financials (5,000 projects, today)", n -> gateway.get(PATH), 200));
        // as a flow of events would: one project's facts move before each read (untimed), which is computed again
        // and the portfolio added up again
        figures.add(oneCaller.run("GET financials (today), one project changed before each", n -> {
            database.update("update project set facts_version = facts_version + 1 where key = ?",
                    "FIN-" + (1 + n % PROJECTS));
            return gateway.get(PATH);
        }, 200));
        // the projects changed only their version: what they add up to must not have moved
        JsonNode after = gateway.send(gateway.get(PATH), 200);
        System.out.printf("  after the reads with a project changed before each, the first read's totals: %s%n",
                SAME_FIGURES.stream().allMatch(figure -> after.path(figure).equals(answer.path(figure))));
        figures.add(oneCaller.run("GET financials?deliveryManagerId (100)",
                n -> gateway.get(PATH + "?deliveryManagerId=" + manager), 200));
        figures.add(oneCaller.run("GET financials?asOf=30 days ago", n -> gateway.get(PATH + "?asOf=" + past), 200));
        figures.add(load.run("GET financials (today), " + load.clients() + " callers", n -> gateway.get(PATH), 200));
        System.out.printf("  delivery-metrics after the runs: RSS %d MB%n",
                ResidentMemory.megabytes(Service.DELIVERY_METRICS));
        return figures;
    }

    /** The gateway gives up after 10 s; a cold service's first read may take longer: ask again (at most 10 times). */
    private static JsonNode firstRead(Gateway gateway) {
        for (int attempt = 1;; attempt++) {
            try {
                return gateway.send(gateway.get(PATH), 200);
            } catch (IllegalStateException e) {
                if (attempt == 10 || !e.getMessage().contains("answered 504")) {
                    throw e;
                }
            }
        }
    }

    private static String seeded(MetricsDatabase database) {
        return String.format("%d projects, %d people, %d allocations, %d time entries, %d rows of monthly time,"
                + " %d rate card entries, %d billings", database.count("select count(*) from project"),
                database.count("select count(*) from person"), database.count("select count(*) from person_allocation"),
                database.count("select count(*) from project_time_entry"),
                database.count("select count(*) from project_month_time"),
                database.count("select count(*) from project_rate_card"),
                database.count("select count(*) from milestone_billing"));
    }

    /**
     * Projects started over the last 18 months, planned for 90–360 days, one in twenty PROPOSED; four people
     * allocated on each for its whole plan; each allocation's 100 entries spread from the start to today or the end.
     * Projects and people have ids of their own (9100, b100), not {@link PortfolioKpisBench}'s, so both seed one stack.
     */
    private static void seed(MetricsDatabase database) {
        database.update("""
                insert into project (id, key, name, client_id, status, planned_start, planned_end, budget_amount,
                                     budget_currency, budget_hours, practice, project_manager_id, delivery_manager_id,
                                     version, updated_at)
                select ('00000000-0000-4000-9100-' || lpad(g::text, 12, '0'))::uuid, 'FIN-' || g, 'Financials bench ' || g,
                       ('00000000-0000-4000-a000-' || lpad((g % 200)::text, 12, '0'))::uuid,
                       case when g % 20 = 0 then 'PROPOSED'
                            when current_date - 540 + g % 540 + 90 + g * 7 % 270 < current_date then 'COMPLETED'
                            else 'ACTIVE' end,
                       current_date - 540 + g % 540, current_date - 540 + g % 540 + 90 + g * 7 % 270,
                       100000 + (g % 100) * 5000, (array['EUR','EUR','EUR','GBP','EUR','EUR','EUR','USD','EUR','EUR'])[1 + g % 10],
                       1000 + g % 2000, (array['Payments','Data','Cloud','Mobile','Security'])[1 + g % 5],
                       gen_random_uuid(), ('00000000-0000-4000-8000-' || lpad((g % ?)::text, 12, '0'))::uuid, 1, now()
                from generate_series(1, ?) g""", DELIVERY_MANAGERS, PROJECTS);
        database.update("""
                insert into project_money (project_id, currency, delivery_model, probability, version)
                select p.id, p.budget_currency,
                       (array['TIME_AND_MATERIALS','TIME_AND_MATERIALS','FIXED_PRICE','TIME_AND_MATERIALS','RETAINER',
                              'TIME_AND_MATERIALS','FIXED_PRICE','TIME_AND_MATERIALS','INTERNAL','TIME_AND_MATERIALS'])[1 + g % 10],
                       case when p.status = 'PROPOSED' then 0.4 end, 1
                from project p join generate_series(1, ?) g on p.key = 'FIN-' || g""", PROJECTS);
        // a rate for each of the last 24 months, from its first day
        database.update("""
                insert into exchange_rate (currency, effective_from, rate_to_base, version)
                select c.currency, (date_trunc('month', current_date) - make_interval(months => m))::date,
                       c.rate + m * 0.001, 1
                from (values ('GBP', 1.15), ('USD', 0.92)) c(currency, rate), generate_series(0, 23) m""");
        database.update("""
                insert into project_milestone (id, project_id, weight, status, due_date, completed_on, version)
                select gen_random_uuid(), p.id, 1, case when p.planned_start + (p.planned_end - p.planned_start) * m / 5 < current_date
                                                         then 'DONE' else 'PLANNED' end,
                       p.planned_start + (p.planned_end - p.planned_start) * m / 5,
                       case when p.planned_start + (p.planned_end - p.planned_start) * m / 5 < current_date
                            then p.planned_start + (p.planned_end - p.planned_start) * m / 5 end, 1
                from project p, generate_series(1, 5) m where p.key like 'FIN-%'""");
        // half the fixed-price projects bill by milestone, the other half earn their progress
        database.update("""
                insert into milestone_billing (id, project_id, billing_amount, billing_currency, accepted_on, version)
                select gen_random_uuid(), p.id, p.budget_amount / 5, p.budget_currency,
                       case when p.planned_start + (p.planned_end - p.planned_start) * m / 5 < current_date
                            then p.planned_start + (p.planned_end - p.planned_start) * m / 5 end, 1
                from project p join project_money money on money.project_id = p.id, generate_series(1, 5) m
                where p.key like 'FIN-%' and money.delivery_model = 'FIXED_PRICE' and substr(p.key, 5)::int % 10 = 2""");
        seedPeople(database);
        seedTime(database);
        // as the consumers would: financials kept before the seeding (once a day, after start-up) are stale now
        database.update("update money_firm_version set version = version + 1");
        database.update("vacuum analyze");
    }

    private static void seedPeople(MetricsDatabase database) {
        database.update("""
                insert into person (id, name, practice, title, capacity_hours_per_week, active_from, active_to, version)
                select ('00000000-0000-4000-b100-' || lpad(g::text, 12, '0'))::uuid, 'Financials person ' || g,
                       (array['Payments','Data','Cloud','Mobile','Security'])[1 + g % 5], 'Consultant', 40,
                       current_date - 730, null, 1
                from generate_series(1, ?) g""", PEOPLE);
        // everyone's rates from two years ago, and a raise on the first of the month half a year ago for a third
        database.update("""
                insert into person_rate (id, person_id, effective_from, cost_amount, cost_currency, bill_amount,
                                         bill_currency, version)
                select gen_random_uuid(), ('00000000-0000-4000-b100-' || lpad(g::text, 12, '0'))::uuid,
                       current_date - 800, 50 + g % 50, 'EUR', 100 + g % 80, 'EUR', 1
                from generate_series(1, ?) g
                union all
                select gen_random_uuid(), ('00000000-0000-4000-b100-' || lpad(g::text, 12, '0'))::uuid,
                       (date_trunc('month', current_date) - interval '6 months')::date, 55 + g % 50, 'EUR', 110 + g % 80,
                       'EUR', 1
                from generate_series(1, ?) g where g % 3 = 0""", PEOPLE, PEOPLE);
        database.update("""
                insert into person_allocation (id, person_id, project_id, from_date, to_date, hours_per_week, booking,
                                               billable, status, version)
                select ('00000000-0000-4000-c000-' || lpad(a::text, 12, '0'))::uuid,
                       ('00000000-0000-4000-b100-' || lpad((1 + ((a - 1) * 7 + (a - 1) / ? * 131) % ?)::text, 12, '0'))::uuid,
                       p.id, p.planned_start, p.planned_end, 8 + 8 * (a % 4), case when a % 5 = 0 then 'SOFT' else 'HARD' end,
                       a % 7 <> 0, 'ACTIVE', 1
                from generate_series(1, ?) a
                join project p on p.id = ('00000000-0000-4000-9100-' || lpad((1 + (a - 1) % ?)::text, 12, '0'))::uuid""",
                PROJECTS, PEOPLE, ALLOCATIONS, PROJECTS);
        // a project rate for one allocated person in ten, from the project's start
        database.update("""
                insert into project_rate_card (id, project_id, person_id, effective_from, bill_amount, bill_currency,
                                               removed, version)
                select gen_random_uuid(), a.project_id, a.person_id, a.from_date, 140, p.budget_currency, false, 1
                from person_allocation a join project p on p.id = a.project_id
                where a.id::text like '00000000-0000-4000-c000-%0'""");
    }

    private static void seedTime(MetricsDatabase database) {
        database.timeEntries("""
                insert into project_time_entry (id, project_id, person_id, entry_date, hours, billable, status,
                                                cost_amount, cost_currency, version)
                select gen_random_uuid(), a.project_id, a.person_id,
                       a.from_date + k * (least(a.to_date, current_date) - a.from_date) / ?, 1 + k % 8,
                       a.billable and k % 5 <> 0, case when k % 50 = 0 then 'REJECTED' else 'APPROVED' end,
                       case when k % 97 <> 0 then (1 + k % 8) * 60 end, case when k % 97 <> 0 then 'EUR' end, 1
                from person_allocation a, generate_series(0, ? - 1) k
                where a.id::text like '00000000-0000-4000-c000-%'""", ENTRIES_PER_ALLOCATION, ENTRIES_PER_ALLOCATION);
    }
}
