package io.deliveryhub.deploy.local;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.StreamHandler;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Sends what PostgreSQL (through zonky) and the Kafka broker log in the launcher's JVM to
 * {@code logs/postgres.log} and {@code logs/kafka.log}, beside the services' logs, instead of the console.
 * <p>
 * Both log through SLF4J, which reaches these java.util.logging categories when JBoss LogManager is the
 * log manager ({@code -Djava.util.logging.manager=org.jboss.logmanager.LogManager}).
 */
final class InfrastructureLogs implements AutoCloseable {

    private static final List<String> POSTGRES_CATEGORIES = List.of("io.zonky");
    private static final List<String> KAFKA_CATEGORIES = List.of("kafka", "org.apache.kafka", "state.change.logger");

    /** Held strongly: java.util.logging forgets the settings of a logger that has been garbage collected. */
    private final List<Logger> loggers = new ArrayList<>();
    private final List<Handler> handlers = new ArrayList<>();

    private InfrastructureLogs() {
    }

    static InfrastructureLogs writeTo(Path logDirectory) {
        InfrastructureLogs logs = new InfrastructureLogs();
        try {
            Files.createDirectories(logDirectory);
            logs.route(POSTGRES_CATEGORIES, logDirectory.resolve("postgres.log"));
            // INFO in the file: the test kit would otherwise turn the broker's categories down to WARNING
            logs.route(KAFKA_CATEGORIES, logDirectory.resolve("kafka.log"));
        } catch (IOException e) {
            logs.close();
            throw new UncheckedIOException("Could not open the logs in " + logDirectory, e);
        }
        return logs;
    }

    private void route(List<String> categories, Path file) throws IOException {
        Handler handler = new AppendingFile(file);
        handler.setLevel(Level.ALL);
        handlers.add(handler);
        for (String category : categories) {
            Logger logger = Logger.getLogger(category);
            logger.setLevel(Level.INFO);
            logger.setUseParentHandlers(false);
            logger.addHandler(handler);
            loggers.add(logger);
        }
    }

    @Override
    public void close() {
        for (Logger logger : loggers) {
            for (Handler handler : handlers) {
                logger.removeHandler(handler);
            }
            logger.setUseParentHandlers(true);
        }
        handlers.forEach(Handler::close);
    }

    /** A log file appended to and flushed record by record (no lock file, unlike {@code FileHandler}). */
    private static final class AppendingFile extends StreamHandler {

        AppendingFile(Path file) throws IOException {
            super(Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND), new OneLine());
        }

        @Override
        public synchronized void publish(LogRecord record) {
            super.publish(record);
            flush();
        }
    }

    private static final class OneLine extends Formatter {

        private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss,SSS")
                .withZone(ZoneId.systemDefault());

        @Override
        public String format(LogRecord record) {
            StringBuilder line = new StringBuilder()
                    .append(TIME.format(Instant.ofEpochMilli(record.getMillis()))).append(' ')
                    .append(String.format("%-7s", record.getLevel().getName())).append(' ')
                    .append('[').append(record.getLoggerName()).append("] ")
                    .append(formatMessage(record)).append(System.lineSeparator());
            if (record.getThrown() != null) {
                StringWriter trace = new StringWriter();
                record.getThrown().printStackTrace(new PrintWriter(trace));
                line.append(trace);
            }
            return line.toString();
        }
    }
}
