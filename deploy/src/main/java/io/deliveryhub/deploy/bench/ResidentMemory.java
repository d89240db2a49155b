package io.deliveryhub.deploy.bench;

import io.deliveryhub.deploy.local.Service;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;

/** The resident memory (RSS, from {@code /proc}) of the JVMs the local stack started, per service. */
final class ResidentMemory {

    private ResidentMemory() {
    }

    /** The RSS of the service's JVMs added up, in MB; 0 where {@code /proc} is not there to read. */
    static long megabytes(Service service) {
        String jar = "/" + service.module() + "/target/quarkus-app/quarkus-run.jar";
        return ProcessHandle.current().descendants()
                .filter(process -> process.info().commandLine().filter(command -> command.contains(jar)).isPresent())
                .mapToLong(process -> kilobytes(process.pid())).sum() / 1024;
    }

    /** Every service's RSS on one line: {@code projects-service 312 MB, ...}. */
    static String ofEveryService() {
        return Arrays.stream(Service.values()).map(service -> service.module() + " " + megabytes(service) + " MB")
                .collect(Collectors.joining(", "));
    }

    private static long kilobytes(long pid) {
        try {
            return Files.readAllLines(Path.of("/proc", Long.toString(pid), "status")).stream()
                    .filter(line -> line.startsWith("VmRSS:"))
                    .mapToLong(line -> Long.parseLong(line.replaceAll("\\D", ""))).findFirst().orElse(0);
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
    }
}
