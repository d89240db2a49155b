package io.deliveryhub.deploy.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * What a launcher that was killed outright (SIGKILL, a crashed JVM) left running on a data directory: the
 * service JVMs it had started, recorded in {@code run/<service>.pid}, and PostgreSQL's postmaster, which
 * runs detached from the launcher. Stopped before a new start, which would otherwise fail on taken ports
 * and PostgreSQL's lock file.
 * <p>
 * Only processes whose command line proves they belong to this data directory or this checkout are touched.
 */
final class PreviousRun {

    private static final Duration GRACE = Duration.ofSeconds(10);

    private final Path pidDirectory;
    private final Path postgresData;

    PreviousRun(Path dataDirectory, Path postgresData) {
        this.pidDirectory = dataDirectory.resolve("run");
        this.postgresData = postgresData;
    }

    /** Records a service process so that a later start can stop it if this launcher dies without doing so. */
    void record(ServiceReplica replica, long pid) {
        try {
            Files.createDirectories(pidDirectory);
            Files.writeString(pidFile(replica.name()), Long.toString(pid), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void forget(ServiceReplica replica) {
        forget(replica.name());
    }

    private void forget(String name) {
        try {
            Files.deleteIfExists(pidFile(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops the leftovers, services before PostgreSQL; returns a line for each process it stopped. */
    List<String> stopLeftovers(Path repositoryRoot) {
        List<String> stopped = new ArrayList<>();
        List<ProcessHandle> services = new ArrayList<>();
        List<String> recorded = recordedNames();
        for (String name : recorded) {
            Optional<Service> service = Arrays.stream(Service.values())
                    .filter(each -> name.equals(each.module()) || name.startsWith(each.module() + "-"))
                    .findFirst();
            if (service.isEmpty()) {
                continue;
            }
            String jar = repositoryRoot.resolve(service.get().module()).resolve("target/quarkus-app/quarkus-run.jar").toString();
            readPid(pidFile(name))
                    .flatMap(pid -> living(pid, command -> command.contains(jar)))
                    .ifPresent(process -> {
                        process.destroy();
                        services.add(process);
                        stopped.add(name + " (pid " + process.pid() + ")");
                    });
        }
        // all at once: without Kafka some of them take seconds to exit
        services.forEach(PreviousRun::awaitExit);
        recorded.forEach(this::forget);
        readPid(postgresData.resolve("postmaster.pid"))
                .flatMap(pid -> living(pid, command -> command.contains(postgresData.toString())))
                .ifPresent(process -> {
                    interrupt(process);
                    awaitExit(process);
                    stopped.add("PostgreSQL (pid " + process.pid() + ")");
                });
        return stopped;
    }

    private Path pidFile(String name) {
        return pidDirectory.resolve(name + ".pid");
    }

    /** The replicas a launcher recorded, by name (one pid file each). */
    private List<String> recordedNames() {
        if (!Files.isDirectory(pidDirectory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(pidDirectory)) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".pid"))
                    .map(name -> name.substring(0, name.length() - ".pid".length())).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<Long> readPid(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (Stream<String> lines = Files.lines(file, StandardCharsets.US_ASCII)) {
            // postmaster.pid holds the pid on its first line, then more; our own files hold only the pid
            return lines.findFirst().map(String::trim).map(Long::valueOf);
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<ProcessHandle> living(long pid, Predicate<String> ours) {
        return ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .filter(process -> process.info().commandLine().map(ours::test).orElse(false));
    }

    /** Waits for the process to end after a signal; SIGKILL once the grace period has passed. */
    private static void awaitExit(ProcessHandle process) {
        try {
            process.onExit().get(GRACE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            process.destroyForcibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    /** SIGINT: PostgreSQL's "fast" shutdown, which does not wait for clients to disconnect (SIGTERM would). */
    private static void interrupt(ProcessHandle process) {
        try {
            Process kill = new ProcessBuilder("kill", "-INT", Long.toString(process.pid()))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (kill.waitFor() == 0) {
                return;
            }
        } catch (IOException e) {
            // no kill(1): fall back to the smart shutdown below
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process.destroy();
    }
}
