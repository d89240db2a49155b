package io.deliveryhub.deploy.bench;

import io.deliveryhub.deploy.local.LocalStack;
import io.deliveryhub.deploy.local.Service;
import java.util.UUID;

/**
 * Seeds resources-service's database in bulk, for benchmarks whose subject is not the seeding: thousands of
 * people through the API would take minutes and measure nothing the benchmark is about.
 */
final class ResourcesDatabase extends BenchDatabase {

    ResourcesDatabase(LocalStack stack) {
        super(stack.jdbcUrl(Service.RESOURCES));
    }

    /** A project as the project events would have announced it. */
    UUID knownProject(String key, String status) {
        UUID id = UUID.randomUUID();
        update("""
                insert into known_project (id, key, name, status, planned_start, planned_end, version, updated_at)
                values (?::uuid, ?, ?, ?, date '2026-01-05', date '2032-12-31', 1, now())""",
                id.toString(), key, "Bench " + key, status);
        return id;
    }

    /** People of one practice, 40 h a week, active in the given years, with a cost rate from their first day. */
    void people(String practice, int count, int fromYear, int toYear) {
        update("""
                insert into person (id, name, email, title, practice, capacity_hours_per_week, active_from, active_to,
                                    version, created_at, updated_at)
                select gen_random_uuid(), ? || ' ' || g, lower(?) || '-' || g || '@bench.example', 'Developer', ?, 40,
                       make_date(?, 1, 1), make_date(?, 12, 31), 1, now(), now()
                from generate_series(1, ?) g""", practice, practice.replace(' ', '-'), practice, fromYear, toYear, count);
        update("""
                insert into person_rate (id, person_id, effective_from, cost_rate, bill_rate, currency, created_at, created_by)
                select gen_random_uuid(), p.id, p.active_from, 60 + abs(hashtext(p.email)) % 60, 150, 'EUR', now(), 'bench'
                from person p where p.practice = ?""", practice);
    }
}
