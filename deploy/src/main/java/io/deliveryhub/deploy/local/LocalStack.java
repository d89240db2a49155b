package io.deliveryhub.deploy.local;

import io.deliveryhub.testkit.KafkaBroker;
import io.deliveryhub.testkit.PostgresServer;

import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The whole system on one machine: one PostgreSQL server with a database per service and one Kafka broker,
 * both in this JVM's care, and every service as its own JVM from its {@code target/quarkus-app}.
 * <p>
 * {@link #start()} returns once every service reports ready, or throws with everything stopped again.
 * {@link #close()} stops the services (SIGTERM, SIGKILL after {@value #STOP_GRACE_SECONDS} s), then Kafka,
 * then PostgreSQL; it may be called from a shutdown hook, also while {@link #start()} is still running.
 * <p>
 * The data directory keeps PostgreSQL's and Kafka's data, the JWT key pair and the logs across restarts.
 * One stack at a time may use it. Sets the JVM-wide {@code ot.epg.working-dir} so that the embedded
 * PostgreSQL binaries are extracted into it too.
 */
public final class LocalStack implements AutoCloseable {

    private static final long STOP_GRACE_SECONDS = 10;
    private static final Duration STOP_GRACE = Duration.ofSeconds(STOP_GRACE_SECONDS);
    /** A JVM that recorded its AOT cache writes it as it stops: a child JVM assembles it, tens of seconds on 2 cores. */
    private static final Duration AOT_CACHE_STOP_GRACE = Duration.ofSeconds(180);
    private static final Duration INFRASTRUCTURE_STOP_TIMEOUT = Duration.ofSeconds(90);
    private static final int LOG_TAIL_LINES = 40;
    private static final String ZONKY_WORKING_DIR = "ot.epg.working-dir";

    private final StackSettings settings;
    private final PrintStream out;
    private final Path postgresData;
    private final PreviousRun previousRun;
    private final Object lock = new Object();
    private final List<ServiceProcess> processes = new ArrayList<>();
    /** Replicas a test ended on purpose: their exit is not a failure of the stack. */
    private final Set<ServiceProcess> killed = ConcurrentHashMap.newKeySet();
    private final CompletableFuture<ServiceExit> unexpectedExit = new CompletableFuture<>();
    private final CompletableFuture<Void> stopped = new CompletableFuture<>();
    private final Map<Service, Duration> readyAfter = new EnumMap<>(Service.class);

    // Written under lock, so that nothing is started once closing has begun; read without it, because
    // process-exit callbacks run on the JDK's process reaper threads, which must never wait for close().
    private volatile boolean closing;
    private volatile CompletableFuture<PostgresServer> postgres;
    private volatile CompletableFuture<KafkaBroker> kafka;

    private DataDirectory dataDirectory;
    private InfrastructureLogs infrastructureLogs;
    private ScheduledExecutorService scheduler;
    private HttpClient http;
    private ServiceCommand commands;
    private Duration infrastructureStartTime;
    private Duration startTime;

    public LocalStack(StackSettings settings, PrintStream out) {
        this.settings = settings;
        this.out = out;
        this.postgresData = settings.dataDirectory().resolve("postgres");
        this.previousRun = new PreviousRun(settings.dataDirectory(), postgresData);
    }

    /** {@code deploy/local/run}; see {@link RunCommand}. */
    public static void main(String[] args) {
        // before anything logs: zonky and Kafka log through SLF4J to JBoss LogManager (the script sets it too)
        if (System.getProperty("java.util.logging.manager") == null) {
            System.setProperty("java.util.logging.manager", "org.jboss.logmanager.LogManager");
        }
        int status = RunCommand.run(args, System.getenv(), System.out, System.err);
        System.exit(status);
    }

    /** Starts a stack that reports its progress on standard output. */
    public static LocalStack start(StackSettings settings) {
        LocalStack stack = new LocalStack(settings, System.out);
        stack.start();
        return stack;
    }

    /**
     * Starts PostgreSQL and Kafka in parallel, then every service, and waits until all of them report ready.
     *
     * @throws StartFailure when something did not start, after printing why; whatever had started is stopped again
     */
    public void start() {
        long began = System.nanoTime();
        try {
            prepareDataDirectory();
            startInfrastructure();
            if (isClosing()) {
                throw new StartFailure("Stopped while starting");
            }
            infrastructureStartTime = since(began);
            out.printf("  PostgreSQL :%d and Kafka :%d ready after %s%n",
                    settings.postgresPort(), settings.kafkaPort(), seconds(infrastructureStartTime));
            startServices();
            startTime = since(began);
        } catch (RuntimeException e) {
            boolean stoppedFromOutside = isClosing();
            StartFailure failure;
            if (e instanceof StartFailure known) {
                failure = known;
            } else if (stoppedFromOutside) {
                failure = new StartFailure("Stopped while starting", e);
            } else {
                failure = new StartFailure("The local stack did not start: " + describe(e), e);
            }
            if (!stoppedFromOutside) {
                // the reason first, then the stopping of whatever had started
                out.println(failure.getMessage());
            }
            close();
            throw failure;
        }
    }

    private void prepareDataDirectory() {
        dataDirectory = DataDirectory.lock(settings.dataDirectory());
        long began = System.nanoTime();
        List<String> leftovers = previousRun.stopLeftovers(settings.repositoryRoot());
        if (!leftovers.isEmpty()) {
            out.printf("  stopped what a previous launcher left running, in %s: %s%n",
                    seconds(since(began)), String.join(", ", leftovers));
        }
        if (settings.reset()) {
            dataDirectory.empty();
            out.println("  --reset: started from an empty data directory");
        }
        Preflight.checkServicesAreBuilt(settings);
        Preflight.checkPortsAreFree(settings);
        infrastructureLogs = InfrastructureLogs.writeTo(settings.logDirectory());
    }

    private void startInfrastructure() {
        System.setProperty(ZONKY_WORKING_DIR, settings.dataDirectory().resolve(DataDirectory.POSTGRES_BINARIES).toString());
        synchronized (lock) {
            if (closing) {
                throw new StartFailure("Stopped while starting");
            }
            postgres = inThread("postgres-start", () -> PostgresServer.start(postgresData, settings.postgresPort()));
            kafka = inThread("kafka-start", () -> KafkaBroker.start(settings.dataDirectory().resolve("kafka"), settings.kafkaPort()));
        }
        out.printf("Starting PostgreSQL and Kafka (data in %s)%n", settings.dataDirectory());
        SigningKeys keys = SigningKeys.inDirectory(settings.dataDirectory().resolve("jwt"));
        PostgresServer database = postgres.join();
        for (Service service : Service.values()) {
            database.createDatabaseIfMissing(service.database());
        }
        commands = new ServiceCommand(settings, keys, kafka.join().bootstrapServers());
    }

    private void startServices() {
        scheduler = Executors.newSingleThreadScheduledExecutor(daemon("readiness-probe"));
        http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        Map<ServiceProcess, CompletableFuture<Duration>> readiness = new LinkedHashMap<>();
        out.printf("Starting %s on Java %s (%s); logs in %s%n",
                settings.services().stream().flatMap(s -> settings.replicasOf(s).stream())
                        .map(replica -> replica + " :" + replica.port()).collect(Collectors.joining(", ")),
                ServiceCommand.javaVersion(settings.javaHome()), settings.javaHome(), settings.logDirectory());
        synchronized (lock) {
            if (closing) {
                throw new StartFailure("Stopped while starting");
            }
            for (ServiceReplica replica : settings.services().stream().flatMap(s -> settings.replicasOf(s).stream()).toList()) {
                ServiceProcess process = launch(replica);
                CompletableFuture<Duration> ready = process.awaitReady(http, scheduler);
                ready.thenAccept(after -> {
                    synchronized (readyAfter) {
                        readyAfter.merge(replica.service(), after, (one, other) -> one.compareTo(other) >= 0 ? one : other);
                    }
                    out.printf("  %-27s ready after %s%n", replica, seconds(after));
                });
                readiness.put(process, ready);
            }
        }
        awaitReady(readiness);
    }

    /** Called holding the lock. */
    private ServiceProcess launch(ServiceReplica replica) {
        ServiceProcess process = ServiceProcess.launch(replica, commands.command(replica.service()),
                commands.environment(replica), settings.dataDirectory(), settings.logDirectory().resolve(replica.name() + ".log"));
        processes.add(process);
        previousRun.record(replica, process.pid());
        process.onExit().thenRun(() -> {
            if (!isClosing() && !killed.contains(process)) {
                unexpectedExit.complete(exitOf(process));
            }
        });
        return process;
    }

    private void awaitReady(Map<ServiceProcess, CompletableFuture<Duration>> readiness) {
        CompletableFuture<?>[] all = readiness.values().toArray(CompletableFuture[]::new);
        // fail as soon as one service exits rather than once the others are ready
        CompletableFuture<Object> firstFailure = new CompletableFuture<>();
        readiness.values().forEach(ready -> ready.exceptionally(e -> {
            firstFailure.completeExceptionally(e);
            return null;
        }));
        try {
            CompletableFuture.anyOf(CompletableFuture.allOf(all), firstFailure)
                    .get(settings.readyTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            StringBuilder message = new StringBuilder("Not ready after " + seconds(settings.readyTimeout()) + ":");
            readiness.forEach((process, ready) -> {
                if (!ready.isDone()) {
                    message.append(System.lineSeparator()).append(logExcerpt(process, "is not ready"));
                }
            });
            throw new StartFailure(message.toString(), e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ServiceProcess.ServiceExited exited && !isClosing()) {
                throw new StartFailure(logExcerpt(exited.process(), exited.process().describeExit()), e);
            }
            throw new StartFailure("Stopped while starting", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StartFailure("Interrupted while waiting for the services", e);
        }
    }

    /** Completes when a service exits that nobody asked to stop; never completes while all of them run. */
    public CompletableFuture<ServiceExit> unexpectedExit() {
        return unexpectedExit;
    }

    public URI url(Service service) {
        return URI.create("http://localhost:" + settings.port(service));
    }

    /** Every replica's own address, the first one's first. */
    public List<URI> urls(Service service) {
        return settings.replicasOf(service).stream().map(replica -> URI.create("http://localhost:" + replica.port())).toList();
    }

    /**
     * Ends a replica's JVM at once (SIGKILL), as a crash would; the stack goes on without it and does not report
     * the exit.
     */
    public void kill(ServiceReplica replica) {
        ServiceProcess process;
        synchronized (lock) {
            process = processes.stream().filter(each -> each.replica().equals(replica)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("No replica " + replica));
            processes.remove(process);
            killed.add(process);
        }
        process.kill();
    }

    /**
     * Starts a replica that {@link #kill(ServiceReplica)} ended again, on its port, and returns once it is ready, so that
     * later tests sharing the stack find every replica running.
     */
    public void restart(ServiceReplica replica) {
        ServiceProcess process;
        synchronized (lock) {
            if (closing) {
                throw new IllegalStateException("The stack is stopping");
            }
            if (processes.stream().anyMatch(each -> each.replica().equals(replica))) {
                throw new IllegalArgumentException(replica + " runs");
            }
            process = launch(replica);
        }
        Map<ServiceProcess, CompletableFuture<Duration>> readiness = Map.of(process, process.awaitReady(http, scheduler));
        awaitReady(readiness);
        out.printf("  %-27s restarted%n", replica);
    }

    /** The stack's Kafka broker, which fault benchmarks stop and restart on its data and port. */
    public KafkaBroker broker() {
        return kafka.join();
    }

    /** The stack's PostgreSQL server (every service's database), which fault benchmarks stop and restart. */
    public PostgresServer database() {
        return postgres.join();
    }

    public URI gatewayUrl() {
        return url(Service.GATEWAY);
    }

    public String kafkaBootstrapServers() {
        return kafka.join().bootstrapServers();
    }

    public String jdbcUrl(Service service) {
        return postgres.join().jdbcUrl(service.database());
    }

    public String adminApiKey() {
        return settings.adminApiKey();
    }

    public StackSettings settings() {
        return settings;
    }

    public SigningKeys signingKeys() {
        return commands.keys();
    }

    /** From {@link #start()} until every service reported ready. */
    public Duration startTime() {
        return startTime;
    }

    /** From {@link #start()} until PostgreSQL and Kafka served clients. */
    public Duration infrastructureStartTime() {
        return infrastructureStartTime;
    }

    /** How long each service took from its launch to its first ready answer. */
    public Map<Service, Duration> readyAfter() {
        synchronized (readyAfter) {
            return Map.copyOf(readyAfter);
        }
    }

    /**
     * Stops the services, then Kafka, then PostgreSQL, keeping their data. Safe to call more than once and from
     * any thread; a second caller waits until the first has finished.
     */
    @Override
    public void close() {
        List<ServiceProcess> running;
        CompletableFuture<KafkaBroker> broker;
        CompletableFuture<PostgresServer> database;
        boolean first;
        synchronized (lock) {
            first = !closing;
            closing = true;
            running = List.copyOf(processes);
            broker = kafka;
            database = postgres;
        }
        if (!first) {
            stopped.join();
            return;
        }
        long began = System.nanoTime();
        try {
            if (broker != null || !running.isEmpty()) {
                out.println("Stopping the local stack...");
            }
            stopServices(running);
            stopInfrastructure(broker, KafkaBroker::close);
            stopInfrastructure(database, PostgresServer::close);
            if (broker != null || !running.isEmpty()) {
                out.println("Stopped in " + seconds(since(began)) + ".");
            }
        } finally {
            if (scheduler != null) {
                scheduler.shutdownNow();
            }
            if (infrastructureLogs != null) {
                infrastructureLogs.close();
            }
            if (dataDirectory != null) {
                dataDirectory.close();
            }
            stopped.complete(null);
        }
    }

    private void stopServices(List<ServiceProcess> running) {
        // in parallel: each may take the whole grace period
        List<Thread> stopping = new ArrayList<>();
        for (ServiceProcess process : running) {
            boolean recording = commands != null && commands.recordsAotCache(process.service());
            if (recording) {
                out.printf("  %s writes its AOT cache as it stops (once per build)%n", process.replica());
            }
            Thread thread = new Thread(() -> {
                process.stop(recording ? AOT_CACHE_STOP_GRACE : STOP_GRACE);
                previousRun.forget(process.replica());
            }, "stop-" + process.service().module());
            thread.start();
            stopping.add(thread);
        }
        for (Thread thread : stopping) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static <T> void stopInfrastructure(CompletableFuture<T> starting, Consumer<T> stop) {
        if (starting == null) {
            return;
        }
        T component;
        try {
            // it may still be starting: wait, then stop it, rather than leave it running
            component = starting.get(INFRASTRUCTURE_STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            return;
        } catch (TimeoutException e) {
            throw new IllegalStateException("Still starting after " + INFRASTRUCTURE_STOP_TIMEOUT, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        stop.accept(component);
    }

    private boolean isClosing() {
        return closing;
    }

    private ServiceExit exitOf(ServiceProcess process) {
        return new ServiceExit(process.replica(), process.describeExit(), process.log(), process.logTail(LOG_TAIL_LINES));
    }

    private String logExcerpt(ServiceProcess process, String what) {
        return new ServiceExit(process.replica(), what, process.log(), process.logTail(LOG_TAIL_LINES)).describe();
    }

    private static <T> CompletableFuture<T> inThread(String name, Supplier<T> task) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                result.complete(task.get());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
        return result;
    }

    private static ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    private static String describe(Throwable e) {
        Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
        StringBuilder message = new StringBuilder(String.valueOf(cause.getMessage()));
        for (Throwable inner = cause.getCause(); inner != null && inner != inner.getCause(); inner = inner.getCause()) {
            message.append(System.lineSeparator()).append("  caused by: ").append(inner);
        }
        return message.toString();
    }

    private static Duration since(long nanoTime) {
        return Duration.ofNanos(System.nanoTime() - nanoTime);
    }

    static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }

    /** A service that ended while it was expected to run, with the end of its log. */
    public record ServiceExit(ServiceReplica replica, String how, Path log, List<String> logTail) {

        public String describe() {
            String separator = System.lineSeparator();
            return replica + " " + how + ". The end of " + log + " (stack frames left out):" + separator
                    + logTail.stream().map(line -> "  | " + line).collect(Collectors.joining(separator));
        }
    }

    /** The stack did not start; the message says why, with the log of the service concerned. */
    public static final class StartFailure extends RuntimeException {

        public StartFailure(String message) {
            super(message);
        }

        public StartFailure(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
