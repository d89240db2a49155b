package io.deliveryhub.deploy.bench;

import io.deliveryhub.deploy.local.LocalStack;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Issue 6's portfolio benchmark: GET /metrics/portfolio through the gateway over 5,000 projects (with milestones,
 * status reports, risks and feedback), 500 people and 2,000,000 time entries, one caller at a time (goal: p95 ≤
 * 50 ms). The read models are seeded straight into delivery-metrics' database (see {@link MetricsDatabase}); the
 * first read then finds no KPI snapshot of today and computes all 5,000, which is what the first read of a new
 * day costs, and is reported on its own. So is the alert sweep's first look at the seeded projects: projects
 * arriving by events are judged one by one as they come, but 5,000 appearing at once are judged together by the next
 * sweep (seconds of CPU), which would otherwise land in one of the measured runs by chance, and so is the day keeper
 * computing the last closed days ahead (METRICS_HISTORY_KEEP_DAYS, passed on to the services; 0 keeps none). Past days are measured both as kept ahead, as computed from
 * the facts and as read again once kept (see {@link #history}), and read again after facts of some projects changed
 * (see {@link #afterChanges}).
 */
final class PortfolioKpisBench implements Scenario {

    private static final int PROJECTS = 5_000;
    private static final int PEOPLE = 500;
    private static final int TIME_ENTRIES = 2_000_000;
    private static final int DELIVERY_MANAGERS = 50;
    /** The closed days delivery metrics keeps ahead by default; the new past days asked lie beyond them. */
    private static final int KEPT_DAYS = 31;
    /** Projects whose facts change before each read of the runs after changes. */
    private static final int CHANGED_PER_READ = 20;
    /** A seeded person, who books the time of the runs after changes. */
    private static final String BENCH_PERSON = "00000000-0000-4000-b000-000000000001";

    @Override
    public String name() {
        return "portfolio";
    }

    @Override
    public List<Figures> run(LocalStack stack, Gateway admin, LoadRun load) {
        Gateway gateway = admin.asPerson("HEAD_OF_DELIVERY");
        MetricsDatabase database = new MetricsDatabase(stack);
        long began = System.nanoTime();
        seed(database);
        System.out.printf("  seeded delivery_metrics' read models by SQL (not through the topics) in %.1f s: %s%n",
                (System.nanoTime() - began) / 1e9, seeded(database));
        String manager = "00000000-0000-4000-8000-" + String.format("%012d", 7);
        long first = System.nanoTime();
        int attempts = firstRead(gateway, "/api/v1/metrics/portfolio");
        System.out.printf("  first read of the day (computes and stores 5,000 KPI snapshots): %.0f ms, %d attempt(s)%n",
                (System.nanoTime() - first) / 1e6, attempts);
        long sweep = System.nanoTime();
        long alerts = awaitAlertSweep(database);
        System.out.printf("  alert sweep over the seeded projects done after %.0f s: %d open alerts%n",
                (System.nanoTime() - sweep) / 1e9, alerts);
        int keepDays = Integer.parseInt(System.getenv().getOrDefault("METRICS_HISTORY_KEEP_DAYS", "" + KEPT_DAYS));
        if (keepDays > 0) {
            long keeping = System.nanoTime();
            long keptDays = awaitKeptDays(database, keepDays);
            System.out.printf("  day keeper done after %.0f s: %d past days' KPIs and financials kept for every project%n",
                    (System.nanoTime() - keeping) / 1e9, keptDays);
        }
        LoadRun oneCaller = load.withClients(1);
        List<Figures> figures = new ArrayList<>();
        figures.add(oneCaller.run("GET portfolio (5,000 projects, today)",
                n -> gateway.get("/api/v1/metrics/portfolio"), 200));
        figures.add(oneCaller.run("GET portfolio?deliveryManagerId (100 projects)",
                n -> gateway.get("/api/v1/metrics/portfolio?deliveryManagerId=" + manager), 200));
        figures.add(oneCaller.run("GET portfolio?practice (1,000 projects)",
                n -> gateway.get("/api/v1/metrics/portfolio?practice=Data"), 200));
        figures.add(load.run("GET portfolio (today), " + "concurrent callers",
                n -> gateway.get("/api/v1/metrics/portfolio"), 200));
        figures.addAll(history(gateway, oneCaller, database, keepDays));
        figures.addAll(afterChanges(stack, gateway, oneCaller, database));
        return figures;
    }

    /**
     * The portfolio of past days (issue 22's history goal: p50 ≤ 100 ms 30 days ago): 30 days ago asked for the first
     * time, kept ahead by the day keeper; a day asked for the first time beyond the keeper's days, computed from every
     * project's facts, each request another day further back; a day asked again, read from what its first read kept.
     */
    private static List<Figures> history(Gateway gateway, LoadRun oneCaller, MetricsDatabase database, int keepDays) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String past = today.minusDays(30).toString();
        long first = System.nanoTime();
        int attempts = firstRead(gateway, "/api/v1/metrics/portfolio?asOf=" + past);
        System.out.printf("  first read of 30 days ago (" + (keepDays >= 30 ? "kept ahead by the day keeper"
                : "computes 5,000 projects, keeps their KPIs of the day") + "): %.0f ms,"
                + " %d attempt(s), %d rows kept%n", (System.nanoTime() - first) / 1e6, attempts,
                database.count("select count(*) from project_kpi_history where as_of = cast(? as date)", past));
        List<Figures> figures = new ArrayList<>();
        if (keepDays > 0) {
            figures.add(oneCaller.run("GET portfolio?asOf=one of the last " + keepDays + " days (kept ahead)",
                    n -> gateway.get("/api/v1/metrics/portfolio?asOf=" + today.minusDays(1 + n % keepDays)), 200));
        }
        figures.addAll(List.of(
                oneCaller.run("GET portfolio?asOf=a new past day (computed)",
                        n -> gateway.get("/api/v1/metrics/portfolio?asOf=" + today.minusDays(KEPT_DAYS + 1 + n)), 200),
                oneCaller.run("GET portfolio?asOf=30 days ago (kept)",
                        n -> gateway.get("/api/v1/metrics/portfolio?asOf=" + past), 200)));
        return figures;
    }

    /**
     * 30 days ago again, each read after time entries on {@value #CHANGED_PER_READ} more projects have been applied
     * through the resources topic (not timed): dated today, as most of a firm's time is booked, which changes no past
     * day; then dated before it (back-dated), which makes those projects' rows of the day stale, so the read computes
     * them again.
     */
    private static List<Figures> afterChanges(LocalStack stack, Gateway gateway, LoadRun oneCaller,
            MetricsDatabase database) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String past = "/api/v1/metrics/portfolio?asOf=" + today.minusDays(30);
        try (TimeEntryEvents events = new TimeEntryEvents(stack, database)) {
            return List.of(
                    oneCaller.run("GET portfolio?asOf=30 days ago, " + CHANGED_PER_READ + " projects' entries today",
                            n -> {
                                events.record(changed(n), BENCH_PERSON, today);
                                return gateway.get(past);
                            }, 200),
                    oneCaller.run("GET portfolio?asOf=30 days ago, " + CHANGED_PER_READ + " back-dated entries",
                            n -> {
                                events.record(changed(n), BENCH_PERSON, today.minusDays(35));
                                return gateway.get(past);
                            }, 200));
        }
    }

    /** The n-th read's projects whose facts change before it. */
    private static List<String> changed(int n) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < CHANGED_PER_READ; i++) {
            ids.add("00000000-0000-4000-9000-" + String.format("%012d", 1 + (n * CHANGED_PER_READ + i) % PROJECTS));
        }
        return ids;
    }

    /**
     * The gateway gives up on an answer after 10 s, but delivery metrics finishes computing and storing the
     * snapshots anyway: ask again until the stored ones answer (on a busy machine that took over 100 s).
     */
    private static int firstRead(Gateway gateway, String path) {
        for (int attempt = 1;; attempt++) {
            try {
                gateway.send(gateway.get(path), 200);
                return attempt;
            } catch (IllegalStateException e) {
                if (attempt == 30 || !e.getMessage().contains("answered 504")) {
                    throw e;
                }
            }
        }
    }

    /**
     * Until the day keeper has kept every project's KPIs and financials of each of its days (at most 15 minutes). Its
     * oldest day kept says nothing of the others: it keeps the newest first, and the days its pass had done before the
     * seeding counted every facts version up are stale again until its next pass.
     *
     * @return how many of its days have every project's KPIs and financials kept
     */
    private static long awaitKeptDays(MetricsDatabase database, int keepDays) {
        long deadline = System.nanoTime() + 900_000_000_000L;
        long kept = keptDays(database, keepDays);
        while (System.nanoTime() < deadline && kept < keepDays) {
            pause();
            kept = keptDays(database, keepDays);
        }
        return kept;
    }

    /** How many of the last closed days have every project's KPIs and financials computed from its current facts. */
    private static long keptDays(MetricsDatabase database, int keepDays) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String first = today.minusDays(keepDays).toString();
        String last = today.minusDays(1).toString();
        return database.count("""
                select count(*) from (
                    select k.as_of from project_kpi_history k join project p on p.id = k.project_id
                    where k.as_of between cast(? as date) and cast(? as date) and k.facts_version = p.facts_version
                    group by k.as_of having count(*) >= ?
                    intersect
                    select f.as_of from project_financials f join project p on p.id = f.project_id
                    where f.as_of between cast(? as date) and cast(? as date) and f.facts_version = p.facts_version
                    group by f.as_of having count(*) >= ?) kept""", first, last, PROJECTS, first, last, PROJECTS);
    }

    /** Until the open alerts are more than none and have stopped changing for 6 s (at most 3 minutes). */
    private static long awaitAlertSweep(MetricsDatabase database) {
        long deadline = System.nanoTime() + 180_000_000_000L;
        long last = -1;
        int unchanged = 0;
        while (System.nanoTime() < deadline) {
            long open = database.count("select count(*) from alert where status = 'OPEN'");
            unchanged = open > 0 && open == last ? unchanged + 1 : 0;
            if (unchanged == 3) {
                return open;
            }
            last = open;
            pause();
        }
        return last;
    }

    private static void pause() {
        try {
            Thread.sleep(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    private static String seeded(MetricsDatabase database) {
        return String.format("%d projects, %d milestones, %d status reports, %d RAID items, %d feedback, %s",
                database.count("select count(*) from project"), database.count("select count(*) from project_milestone"),
                database.count("select count(*) from project_status_report"),
                database.count("select count(*) from project_raid_item"),
                database.count("select count(*) from project_feedback"),
                database.count("select count(*) from person") + " people, "
                        + database.count("select count(*) from person_allocation") + " allocations, "
                        + database.count("select count(*) from project_time_entry") + " time entries");
    }

    /**
     * Projects started over the last year, planned for 90–450 days, with 5 weighted milestones (some done, late or
     * overdue), a status report a month, two risks, a feedback response; people and their time entries spread over
     * the projects and the last 400 days.
     */
    private static void seed(MetricsDatabase database) {
        database.update("""
                insert into project (id, key, name, client_id, status, planned_start, planned_end, budget_amount,
                                     budget_currency, budget_hours, practice, project_manager_id, delivery_manager_id,
                                     version, updated_at)
                select ('00000000-0000-4000-9000-' || lpad(g::text, 12, '0'))::uuid, 'PF-' || g, 'Portfolio bench ' || g,
                       ('00000000-0000-4000-a000-' || lpad((g % 200)::text, 12, '0'))::uuid,
                       (array['ACTIVE','ACTIVE','ACTIVE','ACTIVE','ACTIVE','ACTIVE','ON_HOLD','PLANNING','COMPLETED','CLOSED'])[1 + g % 10],
                       current_date - 365 + g % 365, current_date - 365 + g % 365 + 90 + g % 360,
                       50000 + (g % 100) * 5000, 'EUR', 500 + g % 2000, (array['Payments','Data','Cloud','Mobile','Security'])[1 + g % 5],
                       gen_random_uuid(), ('00000000-0000-4000-8000-' || lpad((g % ?)::text, 12, '0'))::uuid, 1, now()
                from generate_series(1, ?) g""", DELIVERY_MANAGERS, PROJECTS);
        database.update("""
                insert into project_milestone (id, project_id, weight, status, due_date, completed_on, version)
                select gen_random_uuid(), p.id, m, case when (abs(hashtext(p.key)) + m) % 3 = 0 then 'DONE' else 'PLANNED' end,
                       p.planned_start + (p.planned_end - p.planned_start) * m / 5,
                       case when (abs(hashtext(p.key)) + m) % 3 = 0
                            then p.planned_start + (p.planned_end - p.planned_start) * m / 5 + (abs(hashtext(p.key)) % 7) - 3 end, 1
                from project p, generate_series(1, 5) m where p.key like 'PF-%'""");
        database.update("""
                insert into project_status_report (id, project_id, as_of, overall, percent_complete, created_at, version)
                select gen_random_uuid(), p.id, p.planned_start + 30 * r,
                       (array['GREEN','GREEN','AMBER','RED'])[1 + (abs(hashtext(p.key)) + r) % 4], least(100, 8 * r), now(), 1
                from project p, generate_series(1, 4) r where p.key like 'PF-%'""");
        database.update("""
                insert into project_raid_item (id, project_id, type, status, score, created_at, version)
                select gen_random_uuid(), p.id, 'RISK', (array['OPEN','IN_PROGRESS','CLOSED'])[1 + (abs(hashtext(p.key)) + i) % 3],
                       1 + abs(hashtext(p.key || i)) % 25, now() - interval '30 days', 1
                from project p, generate_series(1, 2) i where p.key like 'PF-%'""");
        database.update("""
                insert into project_feedback (id, project_id, csat, nps, received_at, version)
                select gen_random_uuid(), p.id, 1 + abs(hashtext(p.key)) % 5, abs(hashtext(p.name)) % 11, now() - interval '10 days', 1
                from project p where p.key like 'PF-%'""");
        seedWorkforce(database);
        // the consumers count a project's facts version up with every fact they apply: what was kept, or judged by the
        // alert sweeps that ran while seeding, before the last fact is stale
        database.update("update project set facts_version = facts_version + 1");
    }

    private static void seedWorkforce(MetricsDatabase database) {
        database.update("""
                insert into person (id, name, practice, title, capacity_hours_per_week, active_from, active_to, version)
                select ('00000000-0000-4000-b000-' || lpad(g::text, 12, '0'))::uuid, 'Bench person ' || g, (array['Payments','Data','Cloud','Mobile','Security'])[1 + g % 5],
                       'Consultant', 40, current_date - 730, null, 1
                from generate_series(1, ?) g""", PEOPLE);
        database.update("""
                insert into person_allocation (id, person_id, project_id, from_date, to_date, hours_per_week, booking,
                                               billable, status, version)
                select gen_random_uuid(), ('00000000-0000-4000-b000-' || lpad(g::text, 12, '0'))::uuid,
                       ('00000000-0000-4000-9000-' || lpad((1 + g * 7 % ?)::text, 12, '0'))::uuid,
                       current_date - 90, current_date + 90, 8 * (g % 6), 'HARD', true, 'ACTIVE', 1
                from generate_series(1, ?) g""", PROJECTS, PEOPLE);
        database.timeEntries("""
                insert into project_time_entry (id, project_id, person_id, entry_date, hours, billable, status,
                                                cost_amount, cost_currency, version)
                select gen_random_uuid(), ('00000000-0000-4000-9000-' || lpad((1 + g % ?)::text, 12, '0'))::uuid,
                       ('00000000-0000-4000-b000-' || lpad((1 + g % ?)::text, 12, '0'))::uuid,
                       current_date - (g % 400), 1 + g % 8, g % 5 <> 0,
                       case when g % 50 = 0 then 'REJECTED' else 'APPROVED' end, (1 + g % 8) * 75, 'EUR', 1
                from generate_series(1, ?) g""", PROJECTS, PEOPLE, TIME_ENTRIES);
        database.update("vacuum analyze");
    }
}
