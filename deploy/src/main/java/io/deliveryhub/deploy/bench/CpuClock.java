package io.deliveryhub.deploy.bench;

import java.time.Duration;
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
