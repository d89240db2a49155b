package io.deliveryhub.deploy.bench;

import io.deliveryhub.deploy.local.LocalStack;
import io.deliveryhub.deploy.local.Service;
import io.deliveryhub.testkit.PostgresServer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.Optional;

/**
 * What PostgreSQL ran for a unit of work, per database and statement ({@code pg_stat_statements}): calls, execution
 * time, rows and WAL records per unit, the statements PL/pgSQL runs inside triggers and functions marked as nested.
 * Only when the benchmark started PostgreSQL with it ({@code -Ddeliveryhub.postgres.statement-statistics=true} in
 * {@code DELIVERYHUB_BENCH_OPTS}): loading it costs the server a little on every statement.
 */
final class StatementCounts extends BenchDatabase {

    /** A statement is listed when it runs this often per unit, or takes this share of its database's time. */
    private static final double LISTED_CALLS = 0.02;
    private static final double LISTED_SHARE = 0.01;
    private static final int QUERY_WIDTH = 150;

    private Map<String, Long> countersAtReset = Map.of();

    private StatementCounts(LocalStack stack) {
        super(stack.jdbcUrl(Service.PROJECTS).replaceFirst("/[^/]*$", "/postgres"));
    }

    /** The server's statement statistics, if the benchmark loaded them. */
    static Optional<StatementCounts> of(LocalStack stack) {
        if (!Boolean.getBoolean(PostgresServer.STATEMENT_STATISTICS_PROPERTY)) {
            return Optional.empty();
        }
        StatementCounts counts = new StatementCounts(stack);
        try (Connection connection = counts.connect(); Statement statement = connection.createStatement()) {
            statement.execute("create extension if not exists pg_stat_statements");
        } catch (SQLException e) {
            throw new IllegalStateException("pg_stat_statements could not be created", e);
        }
        return Optional.of(counts);
    }

    /** Forgets what was counted so far: call it just before the measured work. */
    void reset() {
        count("select count(*) from (select pg_stat_statements_reset()) reset");
        countersAtReset = counters();
    }

    /** Prints every database's statements since the reset, per unit of work, the costliest first. */
    void print(String unit, long units) {
        List<Row> rows = read();
        Map<String, Long> counters = counters();
        System.out.printf("  PostgreSQL per %s: %s (commits counted late, by up to 10 s)%n", unit,
                counters.entrySet().stream().map(counter -> String.format("%s %.2f", counter.getKey(),
                        (counter.getValue() - countersAtReset.getOrDefault(counter.getKey(), 0L)) / (double) units))
                        .collect(Collectors.joining(", ")));
        for (Service service : Service.values()) {
            List<Row> ofDatabase = rows.stream().filter(row -> row.database().equals(service.database())).toList();
            double topLevel = ofDatabase.stream().filter(Row::topLevel).mapToLong(Row::calls).sum();
            double millis = ofDatabase.stream().filter(Row::topLevel).mapToDouble(Row::millis).sum();
            System.out.printf("  %s, per %s: %.2f statements, %.3f ms executing%n", service.database(), unit,
                    topLevel / units, millis / units);
            for (Row row : ofDatabase) {
                if (row.calls() / (double) units >= LISTED_CALLS || millis > 0 && row.millis() / millis >= LISTED_SHARE) {
                    System.out.printf("    %7.3f calls %7.4f ms %7.2f rows %6.2f WAL  %s%s%n", row.calls() / (double) units,
                            row.millis() / units, row.rows() / (double) units, row.walRecords() / (double) units,
                            row.topLevel() ? "" : "(nested) ", row.shortQuery());
                }
            }
        }
    }

    /** Each database's commits, and the server's WAL writes and flushes. */
    private Map<String, Long> counters() {
        try (Connection connection = connect(); PreparedStatement query = connection.prepareStatement("""
                select 'commits ' || datname, xact_commit from pg_stat_database where datname = any(?)
                union all select 'WAL flushes', coalesce(sum(fsyncs), 0) from pg_stat_io where object = 'wal'
                union all select 'WAL writes', coalesce(sum(writes), 0) from pg_stat_io where object = 'wal'""")) {
            query.setArray(1, connection.createArrayOf("text",
                    Arrays.stream(Service.values()).map(Service::database).toArray()));
            Map<String, Long> counters = new TreeMap<>();
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    counters.put(result.getString(1), result.getLong(2));
                }
            }
            return counters;
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL's counters could not be read", e);
        }
    }

    private List<Row> read() {
        try (Connection connection = connect(); PreparedStatement query = connection.prepareStatement("""
                select d.datname, s.toplevel, s.calls, s.total_exec_time, s.rows, s.wal_records, s.query
                from pg_stat_statements s join pg_database d on d.oid = s.dbid
                where d.datname = any(?) order by s.total_exec_time desc""")) {
            query.setArray(1, connection.createArrayOf("text",
                    Arrays.stream(Service.values()).map(Service::database).toArray()));
            List<Row> rows = new ArrayList<>();
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    rows.add(new Row(result.getString(1), result.getBoolean(2), result.getLong(3), result.getDouble(4),
                            result.getLong(5), result.getLong(6), result.getString(7)));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("pg_stat_statements could not be read", e);
        }
    }

    /** One statement's figures in one database. */
    private record Row(String database, boolean topLevel, long calls, double millis, long rows, long walRecords,
            String query) {

        String shortQuery() {
            String oneLine = query.replaceAll("\\s+", " ").strip();
            return oneLine.length() <= QUERY_WIDTH ? oneLine : oneLine.substring(0, QUERY_WIDTH) + "…";
        }
    }
}
