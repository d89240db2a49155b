package io.deliveryhub.deploy.bench;

import io.deliveryhub.deploy.local.LocalStack;
import io.deliveryhub.deploy.local.Service;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The CPU time a group of the launcher's child processes has used so far (a service's JVM, nginx's master
 * and workers). On a machine shared with other work, wall-clock figures wander; the CPU a process spends
 * per request does not, so it tells a hop's cost apart from the machine's load.
 */
final class CpuClock {

    private final String name;
    private final Supplier<Stream<ProcessHandle>> processes;

    private CpuClock(String name, Supplier<Stream<ProcessHandle>> processes) {
        this.name = name;
        this.processes = processes;
    }

    /** The JVM the local stack started from the service module's {@code quarkus-run.jar}. */
    static CpuClock service(String module) {
        String jar = "/" + module + "/target/quarkus-app/quarkus-run.jar";
        return new CpuClock(module, () -> ProcessHandle.current().descendants()
                .filter(process -> process.info().commandLine().filter(command -> command.contains(jar)).isPresent()));
    }

    /** A process and its children (nginx: its master and its workers, whose command lines nginx rewrites). */
    static CpuClock tree(String name, ProcessHandle root) {
        return new CpuClock(name, () -> Stream.concat(Stream.of(root), root.descendants()));
    }

    /**
     * Every process of the stack: each service's JVM, the PostgreSQL server with its backends (the pooled connections
     * live as long as the services), and this JVM, which runs the Kafka broker and the benchmark's own clients.
     */
    static List<CpuClock> ofStack(LocalStack stack) {
        List<CpuClock> clocks = new ArrayList<>();
        for (Service service : Service.values()) {
            clocks.add(service(service.module()));
        }
        String data = stack.settings().dataDirectory().resolve("postgres").toString();
        clocks.add(new CpuClock("postgresql", () -> ProcessHandle.allProcesses()
                .filter(process -> process.info().commandLine().filter(command -> command.contains(data)).isPresent())
                .flatMap(server -> Stream.concat(Stream.of(server), server.descendants()))));
        clocks.add(new CpuClock("kafka and the bench", () -> Stream.of(ProcessHandle.current())));
        return clocks;
    }

    /** What each clock used between two readings of {@link #ofStack}'s clocks, per unit of work, as one line. */
    static String per(List<CpuClock> clocks, List<Duration> before, List<Duration> after, long units) {
        StringBuilder line = new StringBuilder();
        Duration total = Duration.ZERO;
        for (int i = 0; i < clocks.size(); i++) {
            Duration used = after.get(i).minus(before.get(i));
            total = total.plus(used);
            line.append(clocks.get(i).name()).append(' ').append(millis(used, units)).append(", ");
        }
        return line.append("in all ").append(millis(total, units)).toString();
    }

    private static String millis(Duration used, long units) {
        return String.format("%.2f ms", used.toNanos() / 1e6 / Math.max(1, units));
    }

    String name() {
        return name;
    }

    /** Asked anew each time, so workers that came or went since are counted too. */
    Duration used() {
        return processes.get()
                .map(process -> process.info().totalCpuDuration().orElse(Duration.ZERO))
                .reduce(Duration.ZERO, Duration::plus);
    }
}
