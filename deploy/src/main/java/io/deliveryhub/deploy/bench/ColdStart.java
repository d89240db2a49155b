package io.deliveryhub.deploy.bench;

import io.deliveryhub.deploy.local.LocalStack;
import io.deliveryhub.deploy.local.Service;
import io.deliveryhub.deploy.local.StackSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Issue 22's cold start: a stack of its own, started fresh, measured as it reports ready (start time, RSS), over its
 * first {@value #WRITES} project creates one at a time (with each service's CPU per create and its JIT compilers' share),
 * and over {@value #WRITES} more after {@code bench.cold-start.warmup-seconds} (60) of the same writes. The variants:
 * with the local stack's compilers (C1 alone in the backend services), without the AOT cache, with and without the
 * services' own warm-up before readiness; with C2 ({@code -XX:TieredStopAtLevel=4}); and on JDK 25 and newer as the
 * run that records the AOT cache (the local stack's first run of a build) and starting from it, with C2 with and
 * without the warm-up and with C1 alone ({@code bench.cold-start.aot=false} leaves these out,
 * {@code bench.cold-start.c2=false} those with C2);
 * {@code bench.cold-start.variants} names the ones to run (their keys, comma-separated; a start from a cache records it
 * first).
 */
final class ColdStart implements Scenario {

    private static final int WRITES = 200;
    private static final String AOT_CACHE = "aot-cache";
    /** The services' warm-up before readiness is on by default; the variants that measure a start without turn it off. */
    private static final String NO_WARM_UP = " -Ddeliveryhub.warm-up.enabled=false";
    private static final String NO_AOT = " -XX:AOTMode=off";
    /** The local stack runs the backend services with C1 alone (Service.compiler()); this brings C2 back in all. */
    private static final String C2 = " -XX:TieredStopAtLevel=4";

    /** How a variant runs with the AOT cache: without, recording it, or from what the recording of its family wrote. */
    private enum Aot { OFF, RECORD, USE }

    /** One way of starting the stack; {@code family} groups the variants that share an AOT cache. */
    private record Variant(String key, String label, String options, Aot aot, String family) {
    }

    private static final List<Variant> VARIANTS = List.of(
            new Variant("plain", "the default compilers, no AOT cache, no warm-up", NO_AOT + NO_WARM_UP, Aot.OFF, ""),
            new Variant("warm-up", "the default compilers, no AOT cache, warm-up", NO_AOT, Aot.OFF, ""),
            // C2 compiles later and faster code: what the default gave up for memory and a faster first minute
            new Variant("c2", "C2, no AOT cache, warm-up", NO_AOT + C2, Aot.OFF, ""),
            // the warm-up runs in the training run too, so the cache carries its profiles
            new Variant("aot-recording", "C2, recording the AOT cache, warm-up", C2, Aot.RECORD, "c2"),
            new Variant("aot", "C2, from the AOT cache, warm-up", C2, Aot.USE, "c2"),
            new Variant("aot-no-warm-up", "C2, from the AOT cache, no warm-up", C2 + NO_WARM_UP, Aot.USE, "c2"),
            new Variant("c1-aot-recording", "the default compilers, recording the AOT cache, warm-up", "", Aot.RECORD,
                    "c1"),
            new Variant("c1-aot", "the default compilers, from the AOT cache, warm-up", "", Aot.USE, "c1"));

    @Override
    public String name() {
        return "cold-start";
    }

    @Override
    public boolean startsItsOwnStacks() {
        return true;
    }

    @Override
    public List<Figures> run(LocalStack unused, Gateway noGateway, LoadRun load) {
        Path root = Path.of(System.getProperty("deliveryhub.repository.root", "."));
        Path data = root.resolve("deploy/target/bench-data-cold-start");
        Path javaHome = Path.of(System.getProperty("java.home"));
        Duration warmUp = Duration.ofSeconds(Long.getLong("bench.cold-start.warmup-seconds", 60));
        // a run recording the AOT cache starts slower, and all of them slower still on a busy machine
        StackSettings settings = StackSettings.withFreePorts(root, data).withJavaHome(javaHome).withReset(true)
                .withJavaOptions(Bench.javaOptions()).withReadyTimeout(Duration.ofSeconds(300));
        List<Figures> figures = new ArrayList<>();
        Set<String> recorded = new HashSet<>();
        for (Variant variant : chosen()) {
            if (variant.aot() != Aot.OFF) {
                // the local stack's AOT cache is off unless asked for: this benchmark measures what it would bring
                System.setProperty("deliveryhub.aot-cache", "true");
            }
            if (variant.aot() == Aot.USE && !recorded.contains(variant.family())) {
                Variant recording = VARIANTS.stream()
                        .filter(each -> each.aot() == Aot.RECORD && each.family().equals(variant.family()))
                        .findFirst().orElseThrow();
                figures.addAll(measureRecording(recording, settings, data, warmUp));
                recorded.add(variant.family());
            }
            if (variant.aot() == Aot.RECORD) {
                figures.addAll(measureRecording(variant, settings, data, warmUp));
                recorded.add(variant.family());
            } else {
                figures.addAll(measure(variant.label(), settings.withJavaOptions(settings.javaOptions() + variant.options()),
                        warmUp));
            }
        }
        return figures;
    }

    /** The variants asked for, in the order of {@link #VARIANTS}; those with the AOT cache only on JDK 25 and newer. */
    private static List<Variant> chosen() {
        String asked = System.getProperty("bench.cold-start.variants", "");
        boolean c2 = Boolean.parseBoolean(System.getProperty("bench.cold-start.c2", "true"));
        boolean aot = Boolean.parseBoolean(System.getProperty("bench.cold-start.aot", "true"));
        if (aot && Runtime.version().feature() < 25) {
            System.out.printf("  Java %d has no AOT cache (JDK 25 and newer): measured without only%n",
                    Runtime.version().feature());
            aot = false;
        }
        Set<String> keys = asked.isBlank() ? null : Set.of(asked.split("\\s*,\\s*"));
        List<Variant> chosen = new ArrayList<>();
        for (Variant variant : VARIANTS) {
            boolean wanted = keys == null ? (c2 || !variant.options().contains(C2)) : keys.contains(variant.key());
            if (wanted && (aot || variant.aot() == Aot.OFF)) {
                chosen.add(variant);
            }
        }
        return chosen;
    }

    /** A recording starts from no cache of its family, and writes one as its stack stops. */
    private static List<Figures> measureRecording(Variant variant, StackSettings settings, Path data, Duration warmUp) {
        deleteRecursively(data.resolve(AOT_CACHE));
        return measure(variant.label(), settings.withJavaOptions(settings.javaOptions() + variant.options()), warmUp);
    }

    private static List<Figures> measure(String label, StackSettings settings, Duration warmUp) {
        try (LocalStack stack = LocalStack.start(settings)) {
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            Gateway gateway = new Gateway(http, stack.gatewayUrl(), stack.adminApiKey());
            Map<Service, Duration> ready = stack.readyAfter();
            System.out.printf("  %s: ready after %s (%s); RSS when ready: %s%n", label, seconds(stack.startTime()),
                    String.join(", ", Stream.of(Service.values())
                            .map(service -> service.module() + " " + seconds(ready.get(service))).toList()),
                    ResidentMemory.ofEveryService());
            printWarmUps(stack.settings().logDirectory(), label);
            String client = firstClient(gateway, label);
            String run = Long.toString(System.nanoTime() % 1_000_000, 36).toUpperCase(Locale.ROOT);
            int[] next = { 0 };
            CompilerCpu before = CompilerCpu.read();
            Figures cold = writes(label + ", first " + WRITES + " creates", gateway, client, run, next, WRITES);
            System.out.printf("  %s: CPU per create of the first %d: %s%n", label, WRITES,
                    CompilerCpu.read().since(before, WRITES));
            long until = System.nanoTime() + warmUp.toNanos();
            while (System.nanoTime() < until) {
                answered(gateway, create(gateway, client, run, next[0]++));
            }
            CompilerCpu warmBefore = CompilerCpu.read();
            Figures warm = writes(label + ", " + WRITES + " after " + warmUp.toSeconds() + " s", gateway, client, run,
                    next, WRITES);
            System.out.printf("  %s: CPU per create of the %d after %d s: %s%n", label, WRITES, warmUp.toSeconds(),
                    CompilerCpu.read().since(warmBefore, WRITES));
            System.out.printf("  %s: cold p50 / warm p50 = %.1f; RSS after: %s%n", label,
                    cold.percentileMillis(50) / warm.percentileMillis(50), ResidentMemory.ofEveryService());
            return List.of(cold, warm);
        }
    }

    private static Figures writes(String name, Gateway gateway, String client, String run, int[] next, int count) {
        long[] latencies = new long[count];
        int failures = 0;
        long began = System.nanoTime();
        for (int i = 0; i < count; i++) {
            HttpRequest request = create(gateway, client, run, next[0]++);
            long sent = System.nanoTime();
            failures += answered(gateway, request) ? 0 : 1;
            latencies[i] = System.nanoTime() - sent;
        }
        return Figures.of(name, latencies, failures, Duration.ofNanos(System.nanoTime() - began));
    }

    /**
     * The client the projects belong to. A stack that has just reported ready may not answer its first write within the
     * gateway's timeout on a busy machine: that is what this benchmark measures, so it asks again rather than stop.
     */
    private static String firstClient(Gateway gateway, String label) {
        IllegalStateException last = null;
        for (int attempt = 1; attempt <= 5; attempt++) {
            try {
                return gateway.send(gateway.post("/api/v1/clients", Map.of("name", "Cold start " + label + " " + attempt)), 201)
                        .path("id").asText();
            } catch (IllegalStateException e) {
                System.out.printf("  %s: the first client was not created (%s); again%n", label, e.getMessage());
                last = e;
            }
        }
        throw last;
    }

    /** Whether the create was answered 201; a slow first answer (a 504 from the gateway) counts as a failure. */
    private static boolean answered(Gateway gateway, HttpRequest create) {
        try {
            gateway.send(create, 201);
            return true;
        } catch (IllegalStateException e) {
            return false;
        }
    }

    private static HttpRequest create(Gateway gateway, String client, String run, int n) {
        LocalDate start = LocalDate.of(2026, 1, 5).plusDays(n % 300);
        return gateway.post("/api/v1/projects", Map.of("key", "CS" + run + "-" + n, "name", "Cold start project " + n,
                "clientId", client, "plannedStart", start.toString(), "plannedEnd", start.plusDays(90).toString(),
                "budget", Map.of("amount", "50000.00", "currency", "EUR")));
    }

    /** What each service's warm-up before readiness did, as its log says (nothing where it was off). */
    private static void printWarmUps(Path logs, String label) {
        for (Service service : Service.values()) {
            try (Stream<String> lines = Files.lines(logs.resolve(service.module() + ".log"))) {
                lines.filter(line -> line.contains("warmed up in") || line.contains("warm-up ended"))
                        .reduce((first, second) -> second)
                        .ifPresent(line -> System.out.printf("  %s: %s %s%n", label, service.module(),
                                line.replaceFirst(".*?(warmed up in|warm-up ended)", "$1")));
            } catch (IOException | UncheckedIOException e) {
                // no log to read: nothing to print
            }
        }
    }

    private static String seconds(Duration duration) {
        return duration == null ? "?" : String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }

    private static void deleteRecursively(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete " + directory, e);
        }
    }
}
