package io.deliveryhub.deploy.local;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** One service JVM of the local stack: its process, its log file and whether it reports ready. */
final class ServiceProcess {

    private static final Duration POLL_INTERVAL = Duration.ofMillis(250);
    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(2);
    private static final Pattern STACK_FRAME = Pattern.compile("\\s+(at |\\.\\.\\. \\d+ more)");

    private final ServiceReplica replica;
    private final Process process;
    private final Path log;
    private final URI readiness;
    private final long launchedAt;
    private final CompletableFuture<Duration> ready = new CompletableFuture<>();

    private ServiceProcess(ServiceReplica replica, Process process, Path log, int port, long launchedAt) {
        this.replica = replica;
        this.process = process;
        this.log = log;
        this.readiness = URI.create("http://localhost:" + port + "/q/health/ready");
        this.launchedAt = launchedAt;
    }

    /**
     * Starts the service's JVM with its output appended to {@code log}; the log of the previous run, if any,
     * is kept as {@code <log>.1}.
     */
    static ServiceProcess launch(ServiceReplica replica, List<String> command, Map<String, String> environment,
            Path workingDirectory, Path log) {
        try {
            keepPreviousLog(log);
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(workingDirectory.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .redirectInput(ProcessBuilder.Redirect.from(nullDevice()));
            builder.environment().putAll(environment);
            long launchedAt = System.nanoTime();
            return new ServiceProcess(replica, builder.start(), log, replica.port(), launchedAt);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + replica + " (" + String.join(" ", command) + ")", e);
        }
    }

    Service service() {
        return replica.service();
    }

    ServiceReplica replica() {
        return replica;
    }

    long pid() {
        return process.pid();
    }

    Path log() {
        return log;
    }

    /**
     * Completes, with the time from launch, once {@code /q/health/ready} answers 200; fails if the process
     * exits first. Polling stops either way.
     */
    CompletableFuture<Duration> awaitReady(HttpClient http, ScheduledExecutorService scheduler) {
        process.onExit().thenRun(() -> ready.completeExceptionally(new ServiceExited(this)));
        probe(http, scheduler);
        return ready;
    }

    CompletableFuture<Process> onExit() {
        return process.onExit();
    }

    /** SIGTERM, so Quarkus shuts down gracefully; SIGKILL for whatever is still running after {@code grace}. */
    /** SIGKILL, as a crash would end it; returns once it has ended. */
    void kill() {
        process.destroyForcibly();
        process.onExit().join();
    }

    void stop(Duration grace) {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            process.onExit().get(grace.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            process.destroyForcibly();
            process.onExit().join();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    /** How the process ended, in words: its exit code, or the signal that killed it. */
    String describeExit() {
        int code = process.exitValue();
        if (code > 128 && code < 128 + 32) {
            int signal = code - 128;
            return "was killed by " + signalName(signal) + " (exit code " + code + ")";
        }
        return "exited with code " + code;
    }

    /**
     * The last {@code count} lines of the log without stack frames, for a message about why the service
     * stopped: what is left of a trace is its exception messages and their causes.
     */
    List<String> logTail(int count) {
        if (!Files.exists(log)) {
            return List.of();
        }
        Deque<String> tail = new ArrayDeque<>(count);
        try (Stream<String> lines = Files.lines(log, StandardCharsets.UTF_8)) {
            lines.filter(line -> !STACK_FRAME.matcher(line).lookingAt()).forEach(line -> {
                if (tail.size() == count) {
                    tail.removeFirst();
                }
                tail.addLast(line);
            });
        } catch (IOException | UncheckedIOException e) {
            return List.of("(could not read " + log + ": " + e.getMessage() + ")");
        }
        return List.copyOf(tail);
    }

    private void probe(HttpClient http, ScheduledExecutorService scheduler) {
        if (ready.isDone()) {
            return;
        }
        HttpRequest request = HttpRequest.newBuilder(readiness).timeout(PROBE_TIMEOUT).GET().build();
        http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, failure) -> {
            if (failure == null && response.statusCode() == 200) {
                ready.complete(Duration.ofNanos(System.nanoTime() - launchedAt));
            } else if (!ready.isDone()) {
                scheduler.schedule(() -> probe(http, scheduler), POLL_INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
            }
        });
    }

    private static void keepPreviousLog(Path log) throws IOException {
        Files.createDirectories(log.getParent());
        if (Files.exists(log)) {
            Files.move(log, log.resolveSibling(log.getFileName() + ".1"), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static File nullDevice() {
        return new File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }

    private static String signalName(int signal) {
        return switch (signal) {
            case 1 -> "SIGHUP";
            case 2 -> "SIGINT";
            case 6 -> "SIGABRT";
            case 9 -> "SIGKILL";
            case 11 -> "SIGSEGV";
            case 15 -> "SIGTERM";
            default -> "signal " + signal;
        };
    }

    /** The process ended while it was expected to run. */
    static final class ServiceExited extends RuntimeException {

        private final transient ServiceProcess process;

        ServiceExited(ServiceProcess process) {
            super(process.replica() + " " + process.describeExit());
            this.process = process;
        }

        ServiceProcess process() {
            return process;
        }
    }
}
