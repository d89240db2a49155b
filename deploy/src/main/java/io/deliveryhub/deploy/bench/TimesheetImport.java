package io.deliveryhub.deploy.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.deliveryhub.deploy.local.LocalStack;
import io.deliveryhub.deploy.local.Service;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * Issue 5's import benchmark: 1,000,000 time entries (bench.import.entries) in batches of 5,000 through the
 * gateway, timed from the first request to the last response, every entry stored and its events in the
 * outbox (goal ≥ 20,000 entries/s); and in the same run a raw batched JDBC insert of as many rows into the
 * same table, the floor no API can beat. Then, separately, the time from the first request until delivery-metrics
 * has applied every imported hour (its project KPIs' budgetBurn.hoursLogged).
 */
final class TimesheetImport implements Scenario {

    private static final int BATCH = 5_000;
    private static final int PEOPLE = 1_000;
    private static final int PROJECTS = 20;
    private static final LocalDate FIRST_DAY = LocalDate.of(2023, 1, 2);
    private static final BigDecimal HOURS = BigDecimal.valueOf(8);
    /** After every imported date (1,000 days from FIRST_DAY at the default size), so all hours count. */
    private static final String AS_OF = "2030-12-31";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public String name() {
        return "timesheet-import";
    }

    @Override
    public List<Figures> run(LocalStack stack, Gateway gateway, LoadRun load) {
        int total = Integer.getInteger("bench.import.entries", 1_000_000);
        int senders = Integer.getInteger("bench.import.senders", 2);
        ResourcesDatabase database = new ResourcesDatabase(stack);
        // Through projects-service, so that resources-service and delivery-metrics both learn of them from events.
        List<String> projects = projects(gateway, database);
        database.people("Import bench", PEOPLE, 2022, 2030);
        List<String> people = database.ids("select id::text from person where practice = ? order by email", "Import bench");

        CpuUse cpuBefore = CpuUse.of(stack);
        long began = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(senders);
        List<Future<?>> answers = new ArrayList<>();
        try {
            for (int first = 0; first < total; first += BATCH) {
                int from = first;
                // each answer is checked and dropped at once: 200 answers of 5,000 results would not fit the launcher's heap
                answers.add(pool.submit(() -> checkAllCreated(gateway.send(gateway.post("/api/v1/time-entries/batch",
                        Map.of("entries", entries(from, Math.min(BATCH, total - from), people, projects))), 200))));
            }
            for (Future<?> answer : answers) {
                answer.get();
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("Import failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        } finally {
            pool.shutdownNow();
        }
        Duration importing = Duration.ofNanos(System.nanoTime() - began);
        CpuUse cpu = CpuUse.of(stack).minus(cpuBefore);
        long stored = database.count("select count(*) from time_entry where external_system = 'bench-import'");
        long events = database.count("select count(*) from outbox where type = 'deliveryhub.time-entries.imported.v1'");
        System.out.printf("  imported %,d entries through the gateway in %.1f s: %,.0f entries/s (goal ≥ 20,000); "
                + "%,d stored, %,d import events in the outbox%n", total, seconds(importing),
                total / seconds(importing), stored, events);
        System.out.printf("  CPU used while importing, per 1,000 entries: %s%n", cpu.per(total / 1000.0));

        awaitMetrics(gateway, projects, BigDecimal.valueOf(total).multiply(HOURS), began);

        RawInsert raw = rawInsert(stack, database, total, people, projects);
        System.out.printf("  raw batched JDBC insert of %,d rows into time_entry: %.1f s, %,.0f rows/s; the API reaches %.0f %% of it%n",
                total, seconds(raw.time()), total / seconds(raw.time()), 100 * seconds(raw.time()) / seconds(importing));
        System.out.printf("  CPU used by the raw insert, per 1,000 rows: %s%n", raw.cpu().per(total / 1000.0));
        return List.of();
    }

    private static List<String> projects(Gateway gateway, ResourcesDatabase database) {
        String run = Long.toString(System.currentTimeMillis() % 1_000_000, 36).toUpperCase(Locale.ROOT);
        String client = gateway.send(gateway.post("/api/v1/clients", Map.of("name", "Import bench " + run)), 201)
                .path("id").asText();
        List<String> projects = new ArrayList<>();
        for (int i = 0; i < PROJECTS; i++) {
            projects.add(gateway.send(gateway.post("/api/v1/projects", Map.of("key", "IMP" + run + "-" + i,
                    "name", "Import bench " + i, "clientId", client, "plannedStart", "2023-01-02",
                    "plannedEnd", "2026-12-31", "budget", Map.of("amount", "5000000.00", "currency", "EUR"))), 201)
                    .path("id").asText());
        }
        Instant deadline = Instant.now().plusSeconds(60);
        while (database.count("select count(*) from known_project where key like ?", "IMP" + run + "-%") < PROJECTS) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("resources-service did not learn of the bench projects within 60 s");
            }
            pause(Duration.ofMillis(200));
        }
        return projects;
    }

    /**
     * The second figure of the issue: from the first request until delivery-metrics reports, summed over the
     * projects, as many hours logged as were imported. A stall (no new hours for a while) ends it early.
     */
    private static void awaitMetrics(Gateway gateway, List<String> projects, BigDecimal expected, long began) {
        Duration deadline = Duration.ofSeconds(Long.getLong("bench.import.metrics-deadline-seconds", 900));
        Duration stall = Duration.ofSeconds(Long.getLong("bench.import.metrics-stall-seconds", 60));
        long importedAt = System.nanoTime();
        long progressAt = importedAt;
        BigDecimal applied = BigDecimal.ZERO;
        while (applied.compareTo(expected) < 0) {
            long now = System.nanoTime();
            if (now - importedAt > deadline.toNanos() || now - progressAt > stall.toNanos()) {
                System.out.printf("  delivery-metrics: not reached — %s of %s hours applied %.0f s after the last "
                        + "response (hoursLogged from GET /api/v1/metrics/projects/{id}; needs its consumer of "
                        + "deliveryhub.resources.v1)%n", applied.toPlainString(), expected.toPlainString(),
                        (now - importedAt) / 1e9);
                return;
            }
            BigDecimal sum = BigDecimal.ZERO;
            for (String project : projects) {
                sum = sum.add(hoursLogged(gateway, project));
            }
            if (sum.compareTo(applied) > 0) {
                applied = sum;
                progressAt = System.nanoTime();
            } else {
                pause(Duration.ofMillis(500));
            }
        }
        long done = System.nanoTime();
        System.out.printf("  delivery-metrics applied all %s hours %.1f s after the first request (%.1f s after the "
                + "last response): %,.0f entries/s end to end%n", expected.toPlainString(), (done - began) / 1e9,
                (done - importedAt) / 1e9, expected.divide(HOURS).doubleValue() / ((done - began) / 1e9));
    }

    /** 0 while delivery-metrics does not know the project yet (404). */
    private static BigDecimal hoursLogged(Gateway gateway, String project) {
        HttpResponse<String> response;
        try {
            response = gateway.http().send(gateway.get("/api/v1/metrics/projects/" + project + "?asOf=" + AS_OF),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("GET metrics of " + project + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
        if (response.statusCode() == 404) {
            return BigDecimal.ZERO;
        }
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET metrics of " + project + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        try {
            JsonNode hours = JSON.readTree(response.body()).at("/budgetBurn/hoursLogged");
            return hours.isNumber() || hours.isTextual() ? new BigDecimal(hours.asText()) : BigDecimal.ZERO;
        } catch (IOException e) {
            throw new IllegalStateException("Metrics of " + project + " are not JSON: " + response.body(), e);
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    private static List<Map<String, Object>> entries(int first, int count, List<String> people, List<String> projects) {
        List<Map<String, Object>> entries = new ArrayList<>(count);
        for (int n = first; n < first + count; n++) {
            entries.add(Map.of(
                    "personId", people.get(n % PEOPLE),
                    "projectId", projects.get(n % PROJECTS),
                    "date", FIRST_DAY.plusDays(n / PEOPLE).toString(),
                    "hours", HOURS,
                    "billable", n % 4 != 0,
                    "description", "Imported entry " + n,
                    "externalRef", Map.of("system", "bench-import", "id", "e" + n)));
        }
        return entries;
    }

    private static void checkAllCreated(JsonNode answer) {
        for (JsonNode result : answer.path("results")) {
            if (!"created".equals(result.path("status").asText())) {
                throw new IllegalStateException("An entry was not created: " + result);
            }
        }
    }

    private record RawInsert(Duration time, CpuUse cpu) {
    }

    /**
     * Rows like the import's (other external ids), one connection, one statement per 5,000, committed per batch.
     * The CPU it used is taken before its connection closes: a closed connection's backend takes its CPU with it.
     */
    private static RawInsert rawInsert(LocalStack stack, ResourcesDatabase database, int total, List<String> people,
            List<String> projects) {
        long began = System.nanoTime();
        try (Connection connection = database.connect()) {
            CpuUse before = CpuUse.of(stack);
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into time_entry (id, person_id, project_id, entry_date, hours, billable, description,
                                            external_system, external_id, status, cost_amount, cost_currency, version,
                                            created_at, updated_at)
                    values (?, ?, ?, ?, 8, ?, ?, 'bench-raw', ?, 'SUBMITTED', 480.00, 'EUR', 1, ?, ?)""")) {
                Timestamp now = Timestamp.from(Instant.now());
                for (int n = 0; n < total; n++) {
                    insert.setObject(1, UUID.randomUUID());
                    insert.setObject(2, UUID.fromString(people.get(n % PEOPLE)));
                    insert.setObject(3, UUID.fromString(projects.get(n % PROJECTS)));
                    insert.setDate(4, Date.valueOf(FIRST_DAY.plusDays(n / PEOPLE)));
                    insert.setBoolean(5, n % 4 != 0);
                    insert.setString(6, "Raw entry " + n);
                    insert.setString(7, "r" + n);
                    insert.setTimestamp(8, now);
                    insert.setTimestamp(9, now);
                    insert.addBatch();
                    if ((n + 1) % BATCH == 0 || n == total - 1) {
                        insert.executeBatch();
                        connection.commit();
                    }
                }
            }
            return new RawInsert(Duration.ofNanos(System.nanoTime() - began), CpuUse.of(stack).minus(before));
        } catch (SQLException e) {
            throw new IllegalStateException("Raw insert failed", e);
        }
    }

    /**
     * CPU time the stack's processes have used, from the operating system: unlike wall time it hardly moves when
     * other work shares the machine, so it compares runs made at different moments.
     */
    private record CpuUse(Map<String, Duration> byProcess) {

        static CpuUse of(LocalStack stack) {
            Map<String, Duration> used = new LinkedHashMap<>();
            for (Service service : List.of(Service.RESOURCES, Service.GATEWAY, Service.DELIVERY_METRICS)) {
                String jar = stack.settings().repositoryRoot().resolve(service.module()).resolve("target/quarkus-app")
                        .toString();
                used.put(service.module(), cpuOf(ProcessHandle.allProcesses().filter(process -> process.info()
                        .commandLine().map(line -> line.contains(jar)).orElse(false))));
            }
            // the server's own processes, and each database's backends (the pooled connections live as long as the
            // services), told apart by the title PostgreSQL gives them: "postgres: <user> <database> <client> ..."
            String data = stack.settings().dataDirectory().resolve("postgres").toString();
            ProcessHandle.allProcesses()
                    .filter(process -> process.info().commandLine().map(line -> line.contains(data)).orElse(false))
                    .flatMap(server -> Stream.concat(Stream.of(server), server.descendants()))
                    .forEach(process -> used.merge(postgresPart(process.pid()),
                            process.info().totalCpuDuration().orElse(Duration.ZERO), Duration::plus));
            return new CpuUse(used);
        }

        /** The title is argv[0], which ProcessHandle.Info leaves out: it is read from /proc. */
        private static String postgresPart(long pid) {
            String title;
            try {
                title = Files.readString(Path.of("/proc", Long.toString(pid), "cmdline")).replace('\0', ' ');
            } catch (IOException | UncheckedIOException gone) {
                return "postgresql server";
            }
            String[] words = title.split(" ");
            return words.length > 3 && words[0].equals("postgres:") && words[3].contains("(")
                    ? "postgresql " + words[2] : "postgresql server";
        }

        private static Duration cpuOf(Stream<ProcessHandle> processes) {
            return processes.map(process -> process.info().totalCpuDuration().orElse(Duration.ZERO))
                    .reduce(Duration.ZERO, Duration::plus);
        }

        CpuUse minus(CpuUse before) {
            Map<String, Duration> used = new LinkedHashMap<>();
            byProcess.forEach((name, total) -> used.put(name, total.minus(before.byProcess.getOrDefault(name,
                    Duration.ZERO))));
            return new CpuUse(used);
        }

        String per(double thousands) {
            StringBuilder text = new StringBuilder();
            // a process that ended between the two readings took its CPU with it: its group's difference means nothing
            byProcess.forEach((name, used) -> text.append(text.isEmpty() ? "" : ", ").append(name).append(' ')
                    .append(used.isNegative() ? "unknown (a process of it ended meanwhile)"
                            : String.format("%.0f ms", used.toNanos() / 1e6 / thousands)));
            return text.toString();
        }
    }

    private static double seconds(Duration duration) {
        return duration.toNanos() / 1e9;
    }
}
