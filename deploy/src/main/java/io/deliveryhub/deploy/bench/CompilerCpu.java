package io.deliveryhub.deploy.bench;

import io.deliveryhub.deploy.local.Service;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The CPU each service's JVM has used so far, and how much of it its JIT compiler threads used (from {@code /proc}):
 * what tells a cold service that is still compiling from one that runs slowly for other reasons. Compiler threads that
 * the JVM retired meanwhile are no longer counted, so the compilers' share is a floor.
 */
record CompilerCpu(Map<Service, Used> used) {

    /** Linux's {@code USER_HZ}: the unit of {@code /proc}'s CPU times. */
    private static final double TICK_MILLIS = 10;

    /** A JVM's CPU time in all and in its compiler threads, in ms. */
    record Used(double all, double compilers) {
    }

    static CompilerCpu read() {
        Map<Service, Used> used = new EnumMap<>(Service.class);
        for (Service service : Service.values()) {
            String jar = "/" + service.module() + "/target/quarkus-app/quarkus-run.jar";
            ProcessHandle.current().descendants()
                    .filter(process -> process.info().commandLine().filter(command -> command.contains(jar)).isPresent())
                    .findFirst()
                    .ifPresent(process -> used.put(service, of(process.pid())));
        }
        return new CompilerCpu(used);
    }

    /** Per unit of work since {@code before}: {@code projects-service 3.1 ms (JIT 1.2), ...}. */
    String since(CompilerCpu before, int units) {
        List<String> parts = new ArrayList<>();
        used.forEach((service, after) -> {
            Used earlier = before.used().getOrDefault(service, new Used(0, 0));
            parts.add(String.format("%s %.2f ms (JIT %.2f)", service.module(), (after.all() - earlier.all()) / units,
                    (after.compilers() - earlier.compilers()) / units));
        });
        return String.join(", ", parts);
    }

    private static Used of(long pid) {
        Path process = Path.of("/proc", Long.toString(pid));
        double compilers = 0;
        try (Stream<Path> tasks = Files.list(process.resolve("task"))) {
            for (Path task : tasks.toList()) {
                if (readOrEmpty(task.resolve("comm")).contains("CompilerThre")) {
                    compilers += ticks(readOrEmpty(task.resolve("stat")));
                }
            }
        } catch (IOException e) {
            return new Used(0, 0);
        }
        return new Used(ticks(readOrEmpty(process.resolve("stat"))) * TICK_MILLIS, compilers * TICK_MILLIS);
    }

    /** utime + stime, the 14th and 15th fields, counted after the command name in parentheses. */
    private static long ticks(String stat) {
        int end = stat.lastIndexOf(')');
        if (end < 0) {
            return 0;
        }
        String[] fields = stat.substring(end + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    private static String readOrEmpty(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "";
        }
    }
}
