package io.deliveryhub.deploy.local;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** How a service is launched on the local stack: its command line and the environment it is configured by. */
record ServiceCommand(StackSettings settings, SigningKeys keys, String kafkaBootstrapServers) {

    /**
     * What keeps each service within its memory budget (issue 22, figures in docs/performance.md "Memory"): the serial
     * collector (no G1 remembered sets and card tables, and a heap that grows from a small start only as far as the live
     * data needs), smaller thread stacks, and a first metaspace threshold above the ~90 MB of classes a service loads
     * (at the default 21 MB each service ran three or four full collections while starting). Each service adds its own
     * {@link Compiler}. The container images' {@code JAVA_TOOL_OPTIONS} carry the same (root pom's
     * {@code image.jvm-options}).
     */
    static final List<String> FOOTPRINT_OPTIONS = List.of("-XX:+UseSerialGC", "-Xms64m", "-Xss512k",
            "-XX:MetaspaceSize=128m");
    /**
     * The same on JDK 25 and newer, where the options exist as product options: 8-byte object headers instead of 12
     * (a smaller heap for the same objects), and glibc's freed malloc memory (the JIT's arenas, class parsing) handed
     * back to the system every few seconds instead of kept by the process; and a collection to unload compiled code only
     * once half the code cache has filled since the last one: since JDK 20 the JIT asks for one after every 15 % (7 MB
     * of C1's 48 MB cache), which the serial collector runs as a full collection, three of them (150–550 ms each) in a
     * C1-compiled service's first 75 s, while the 16–19 MB of code it settles at never needs unloading.
     */
    static final List<String> FOOTPRINT_OPTIONS_SINCE_JDK_25 = List.of("-XX:+UseCompactObjectHeaders",
            "-XX:TrimNativeHeapInterval=5000", "-XX:SweeperThreshold=50");
    private static final int FOOTPRINT_JDK = 25;
    /** glibc's malloc keeps up to 8 arenas per core, one per busy thread; two hold the JVM's native allocations as well. */
    static final String MALLOC_ARENAS_VARIABLE = "MALLOC_ARENA_MAX";

    static Path quarkusRunJar(StackSettings settings, Service service) {
        return settings.repositoryRoot().resolve(service.module()).resolve("target/quarkus-app/quarkus-run.jar");
    }

    List<String> command(Service service) {
        List<String> command = new ArrayList<>();
        // its own session: a Ctrl-C in the terminal reaches only the launcher, which stops the services in order
        setsid().ifPresent(command::add);
        command.add(settings.javaHome().resolve("bin/java").toString());
        command.add("-Xmx" + service.maxHeap());
        command.addAll(FOOTPRINT_OPTIONS);
        command.add(service.compiler().option());
        if (AotCache.featureVersion(settings.javaHome()) >= FOOTPRINT_JDK) {
            command.addAll(FOOTPRINT_OPTIONS_SINCE_JDK_25);
        }
        command.add("-XX:+ExitOnOutOfMemoryError");
        command.add("-XX:ErrorFile=" + settings.logDirectory().resolve(service.module() + "-hs_err_pid%p.log"));
        if (!settings.javaOptions().isEmpty()) {
            command.addAll(Arrays.asList(settings.javaOptions().split("\\s+")));
        }
        AotCache aot = AotCache.of(settings, service);
        if (aot != null) {
            command.addAll(aot.options());
        }
        command.add("-jar");
        command.add(quarkusRunJar(settings, service).toString());
        return command;
    }

    /** Whether the service, started now, records its AOT cache (written while it stops, which then takes longer). */
    boolean recordsAotCache(Service service) {
        AotCache aot = AotCache.of(settings, service);
        return aot != null && aot.recording();
    }

    Map<String, String> environment(ServiceReplica replica) {
        Service service = replica.service();
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put(MALLOC_ARENAS_VARIABLE, System.getenv().getOrDefault(MALLOC_ARENAS_VARIABLE, "2"));
        environment.put("QUARKUS_PROFILE", "local");
        environment.put("PORT", String.valueOf(replica.port()));
        environment.put("DB_URL", "jdbc:postgresql://localhost:" + settings.postgresPort() + "/" + service.database());
        environment.put("DB_USER", "postgres");
        environment.put("DB_PASSWORD", "postgres");
        environment.put("KAFKA_BOOTSTRAP_SERVERS", kafkaBootstrapServers);
        environment.put("DELIVERYHUB_JWT_PUBLIC_KEY_LOCATION", keys.publicKey().toString());
        if (service.isGateway()) {
            environment.put("DELIVERYHUB_JWT_PRIVATE_KEY_LOCATION", keys.privateKey().toString());
            environment.put("DELIVERYHUB_ADMIN_API_KEY", settings.adminApiKey());
            environment.put("DELIVERYHUB_DEV_ISSUER_ENABLED", "true");
            environment.put("PROJECTS_URL", urls(Service.PROJECTS));
            environment.put("RESOURCES_URL", urls(Service.RESOURCES));
            environment.put("METRICS_URL", urls(Service.DELIVERY_METRICS));
        }
        return environment;
    }

    /** Every replica of the service, as the gateway's upstream list takes them. */
    private String urls(Service service) {
        return settings.replicasOf(service).stream().map(replica -> "http://localhost:" + replica.port())
                .collect(Collectors.joining(","));
    }

    /** The feature version of the JDK in {@code javaHome}, from its {@code release} file. */
    static String javaVersion(Path javaHome) {
        try (Stream<String> lines = Files.lines(javaHome.resolve("release"), StandardCharsets.UTF_8)) {
            return lines.filter(line -> line.startsWith("JAVA_VERSION="))
                    .map(line -> line.substring("JAVA_VERSION=".length()).replace("\"", ""))
                    .findFirst()
                    .orElse("?");
        } catch (IOException e) {
            return "?";
        }
    }

    private static Optional<String> setsid() {
        return Stream.of("/usr/bin/setsid", "/bin/setsid")
                .filter(path -> Files.isExecutable(Path.of(path)))
                .findFirst();
    }
}
