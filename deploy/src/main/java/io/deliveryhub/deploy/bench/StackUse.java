package io.deliveryhub.deploy.bench;

import io.deliveryhub.deploy.local.LocalStack;
import io.deliveryhub.deploy.local.Service;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What the stack used between two readings: CPU per service, of the Kafka broker (its threads in this JVM) and of
 * PostgreSQL (its server and backends), each database's commits, and PostgreSQL's WAL flushes ({@code pg_stat_io}).
 * PostgreSQL counts its statistics late (an idle backend reports within 10 s), so readings are taken after a pause.
 */
record StackUse(Map<String, Double> amounts, Duration elapsed) {

    /** The in-process broker's threads, told apart from the launcher's and the benchmark's own by their names. */
    private static final Pattern BROKER_THREAD = Pattern.compile(
            "(?i).*(kafka|raft|quorum|controller|broker|coordinator|ExpirationReaper|data-plane|LogDirFailure"
                    + "|metadata|executor-|share-|transaction|ReplicaFetcher|group-|client-metrics).*");
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** The amounts at one moment: milliseconds of CPU per process, and counts. */
    record Reading(Map<String, Double> amounts, long nanoTime) {

        StackUse minus(Reading before) {
            Map<String, Double> used = new LinkedHashMap<>();
            amounts.forEach((name, amount) -> used.put(name, amount - before.amounts.getOrDefault(name, 0.0)));
            return new StackUse(used, Duration.ofNanos(nanoTime - before.nanoTime));
        }
    }

    static Reading read(LocalStack stack) {
        Map<String, Double> amounts = new LinkedHashMap<>();
        for (Service service : Service.values()) {
            amounts.put(service.module() + " ms", millis(CpuClock.service(service.module()).used()));
        }
        amounts.put("kafka ms", brokerCpuMillis());
        String data = stack.settings().dataDirectory().resolve("postgres").toString();
        amounts.put("postgresql ms", millis(ProcessHandle.allProcesses()
                .filter(process -> process.info().commandLine().map(line -> line.contains(data)).orElse(false))
                .flatMap(server -> java.util.stream.Stream.concat(java.util.stream.Stream.of(server),
                        server.descendants()))
                .map(process -> process.info().totalCpuDuration().orElse(Duration.ZERO))
                .reduce(Duration.ZERO, Duration::plus)));
        try (Connection connection = new BenchDatabase(stack.jdbcUrl(Service.PROJECTS)) {
        }.connect()) {
            try (PreparedStatement commits = connection.prepareStatement(
                    "select datname, xact_commit from pg_stat_database where datname = any(?)")) {
                commits.setArray(1, connection.createArrayOf("text", java.util.Arrays.stream(Service.values())
                        .map(Service::database).toArray()));
                try (ResultSet rows = commits.executeQuery()) {
                    while (rows.next()) {
                        amounts.put("commits " + rows.getString(1), (double) rows.getLong(2));
                    }
                }
            }
            try (PreparedStatement flushes = connection.prepareStatement(
                    "select coalesce(sum(fsyncs), 0) from pg_stat_io where object = 'wal'");
                    ResultSet row = flushes.executeQuery()) {
                row.next();
                amounts.put("WAL flushes", row.getDouble(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL's statistics could not be read", e);
        }
        return new Reading(amounts, System.nanoTime());
    }

    StackUse minus(StackUse other) {
        Map<String, Double> left = new LinkedHashMap<>();
        amounts.forEach((name, amount) -> left.put(name, amount - other.amounts.getOrDefault(name, 0.0)));
        return new StackUse(left, elapsed);
    }

    StackUse scaled(double factor) {
        Map<String, Double> scaled = new LinkedHashMap<>();
        amounts.forEach((name, amount) -> scaled.put(name, amount * factor));
        return new StackUse(scaled, elapsed);
    }

    /** Each amount divided by {@code count}, on one line. */
    String per(double count) {
        StringBuilder line = new StringBuilder();
        amounts.forEach((name, amount) -> line.append(line.isEmpty() ? "" : ", ")
                .append(String.format("%s %.2f", name.replace("-service", ""), amount / count)));
        return line.toString();
    }

    private static double brokerCpuMillis() {
        long nanos = 0;
        for (ThreadInfo thread : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
            if (thread != null && BROKER_THREAD.matcher(thread.getThreadName()).matches()) {
                nanos += Math.max(0, THREADS.getThreadCpuTime(thread.getThreadId()));
            }
        }
        return nanos / 1e6;
    }

    private static double millis(Duration duration) {
        return duration.toNanos() / 1e6;
    }
}
