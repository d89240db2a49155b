package io.deliveryhub.deploy.local;

import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import io.deliveryhub.deploy.local.demo.DemoFailure;
import io.deliveryhub.deploy.local.demo.DemoScale;
import io.deliveryhub.deploy.local.demo.DemoSeeder;

import sun.misc.Signal;

/** {@code deploy/local/run}: the command line around {@link LocalStack}. */
final class RunCommand {

    static final String REPOSITORY_ROOT_PROPERTY = "deliveryhub.repository.root";

    private static final String USAGE = String.join(System.lineSeparator(),
            "Usage: deploy/local/run [--build] [--reset] [--replicas N] [--only SERVICE[,SERVICE...]] [--demo [--demo-scale P,N,M]]",
            "",
            "Runs the whole system locally: PostgreSQL, Kafka and every service; Ctrl-C stops it.",
            "",
            "  --build   rebuild everything first (./mvnw install -DskipTests); without it only what is missing is built",
            "  --reset   start from an empty data directory",
            "  --replicas  run N replicas of each backend service, replica i on the service's port + 10 x i (8081, 8091, ...);",
            "            the gateway spreads requests over them",
            "  --only    run only these services (projects, resources, delivery-metrics, gateway), while developing one",
            "  --demo    once started, seed a demo firm through the API (40 projects, 120 people, 6 months of history);",
            "            running it again adds nothing that is there already",
            "  --demo-scale  the demo firm's size as PROJECTS,PEOPLE,MONTHS (e.g. 5,12,1); implies --demo",
            "",
            "Environment: DELIVERYHUB_DATA_DIR (default deploy/local/.data), DELIVERYHUB_GATEWAY_PORT (8080),",
            "DELIVERYHUB_PROJECTS_PORT (8081), DELIVERYHUB_RESOURCES_PORT (8082), DELIVERYHUB_METRICS_PORT (8083),",
            "DELIVERYHUB_POSTGRES_PORT (54320), DELIVERYHUB_KAFKA_PORT (19092), DELIVERYHUB_ADMIN_API_KEY (local-admin-key),",
            "DELIVERYHUB_JAVA_OPTS (extra JVM options for the services), DELIVERYHUB_JAVA_HOME (the JDK to run on).");

    private RunCommand() {
    }

    /**
     * Starts the stack and blocks while it runs. Returns only when it could not start or a service died (the
     * caller exits with the code, and the shutdown hook stops the rest); a signal ends the JVM through the hook.
     */
    static int run(String[] args, Map<String, String> environment, PrintStream out, PrintStream err) {
        boolean reset = false;
        int replicas = 1;
        DemoScale demo = null;
        Set<Service> services = EnumSet.allOf(Service.class);
        List<String> arguments = new ArrayList<>(Arrays.asList(args));
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            if (argument.equals("--help") || argument.equals("-h")) {
                out.println(USAGE);
                return 0;
            } else if (argument.equals("--reset")) {
                reset = true;
            } else if (argument.equals("--build")) {
                // done by the script before this JVM starts
            } else if (argument.equals("--replicas") && i + 1 < arguments.size()) {
                replicas = parseReplicas(arguments.get(++i), err);
            } else if (argument.startsWith("--replicas=")) {
                replicas = parseReplicas(argument.substring("--replicas=".length()), err);
            } else if (argument.equals("--demo")) {
                demo = demo == null ? DemoScale.FULL : demo;
            } else if (argument.equals("--demo-scale") || argument.startsWith("--demo-scale=")) {
                String size = argument.startsWith("--demo-scale=") ? argument.substring("--demo-scale=".length())
                        : i + 1 < arguments.size() ? arguments.get(++i) : "";
                try {
                    demo = DemoScale.parse(size);
                } catch (IllegalArgumentException e) {
                    err.println(e.getMessage());
                    return 2;
                }
            } else if (argument.equals("--only") && i + 1 < arguments.size()) {
                services = parseServices(arguments.get(++i), err);
            } else if (argument.startsWith("--only=")) {
                services = parseServices(argument.substring("--only=".length()), err);
            } else {
                err.println("Unknown argument: " + argument);
                err.println(USAGE);
                return 2;
            }
            if (services == null || replicas < 1) {
                return 2;
            }
        }

        StackSettings settings;
        try {
            Path root = Path.of(System.getProperty(REPOSITORY_ROOT_PROPERTY, "."));
            settings = StackSettings.fromEnvironment(environment, root).withServices(services).withReset(reset)
                    .withReplicas(replicas);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return 2;
        }

        LocalStack stack = new LocalStack(settings, out);
        AtomicInteger signalStatus = stopOnSignals(stack);
        // for every other way out (System.exit after a failure, an error in this thread)
        Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "local-stack-stop"));
        try {
            stack.start();
        } catch (LocalStack.StartFailure e) {
            // stopped by a signal while starting: exit as the signal handler does, whichever of us comes first
            return signalStatus.get() != 0 ? signalStatus.get() : 1; // the stack has said why
        }
        out.println(banner(stack));
        if (demo != null) {
            seedDemo(stack, demo, out, err);
        }
        LocalStack.ServiceExit exit = stack.unexpectedExit().join();
        err.println();
        err.println(exit.describe());
        err.println("Stopping the others.");
        return 1;
    }

    /**
     * Ctrl-C, SIGTERM and SIGHUP stop the stack before the JVM begins its shutdown: shutdown hooks run
     * concurrently, and zonky registers one of its own that would stop PostgreSQL while the services still
     * use it. Once this has stopped everything, that hook finds nothing left to do.
     *
     * @return the exit status a signal asks for (128 + its number), 0 until one arrives
     */
    private static AtomicInteger stopOnSignals(LocalStack stack) {
        AtomicInteger status = new AtomicInteger();
        for (String name : List.of("INT", "TERM", "HUP")) {
            try {
                Signal.handle(new Signal(name), signal -> {
                    status.compareAndSet(0, 128 + signal.getNumber());
                    stack.close();
                    System.exit(status.get());
                });
            } catch (IllegalArgumentException unavailable) {
                // the JVM reserves it here (e.g. with -Xrs); the shutdown hook still stops the stack
            }
        }
        return status;
    }

    /** A demo that fails leaves the stack running with what was seeded; running {@code --demo} again completes it. */
    private static void seedDemo(LocalStack stack, DemoScale scale, PrintStream out, PrintStream err) {
        try {
            new DemoSeeder(stack.gatewayUrl(), stack.adminApiKey(), scale, out).seed();
        } catch (DemoFailure e) {
            err.println("Seeding the demo firm stopped: " + e.getMessage());
            err.println("The stack keeps running; --demo again adds what is missing.");
        }
    }

    /** @return the count, or 0 (after saying why) when it is not a whole number of at least 1 */
    private static int parseReplicas(String count, PrintStream err) {
        try {
            int replicas = Integer.parseInt(count.trim());
            if (replicas >= 1) {
                return replicas;
            }
        } catch (NumberFormatException notANumber) {
            // said below
        }
        err.println("--replicas needs a whole number of at least 1, not '" + count + "'");
        return 0;
    }

    private static Set<Service> parseServices(String list, PrintStream err) {
        Set<Service> chosen = EnumSet.noneOf(Service.class);
        for (String name : list.split(",")) {
            if (name.isBlank()) {
                continue;
            }
            Service service = Service.named(name).orElse(null);
            if (service == null) {
                err.println("Unknown service '" + name + "'; the services are "
                        + Arrays.stream(Service.values()).map(Service::module).collect(Collectors.joining(", ")));
                return null;
            }
            chosen.add(service);
        }
        if (chosen.isEmpty()) {
            err.println("--only needs at least one service");
            return null;
        }
        return chosen;
    }

    private static String banner(LocalStack stack) {
        StackSettings settings = stack.settings();
        String nl = System.lineSeparator();
        StringBuilder text = new StringBuilder(nl);
        Duration services = stack.startTime().minus(stack.infrastructureStartTime());
        text.append("Delivery Hub is running: started in ").append(LocalStack.seconds(stack.startTime()))
                .append(" (PostgreSQL and Kafka ").append(LocalStack.seconds(stack.infrastructureStartTime()))
                .append(", services ").append(LocalStack.seconds(services)).append(')').append(nl).append(nl);
        if (settings.services().contains(Service.GATEWAY)) {
            line(text, "Gateway", stack.gatewayUrl().toString());
            line(text, "Admin API key", settings.adminApiKey() + "   (header X-API-Key)");
        }
        if (settings.replicas() > 1) {
            lines(text, "Replicas", settings.services().stream().filter(service -> !service.isGateway())
                    .map(service -> service + " :" + settings.replicasOf(service).stream()
                            .map(replica -> String.valueOf(replica.port())).collect(Collectors.joining(", :")))
                    .toList());
        }
        List<String> swaggerUis = new ArrayList<>();
        List<String> openApis = new ArrayList<>();
        HttpClient http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(1))
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        for (Service service : settings.services()) {
            String label = "  (" + service + ")";
            if (answers(http, stack.url(service).resolve("/q/swagger-ui/"))) {
                swaggerUis.add(stack.url(service).resolve("/q/swagger-ui") + label);
            }
            if (answers(http, stack.url(service).resolve("/q/openapi"))) {
                openApis.add(stack.url(service).resolve("/q/openapi") + label);
            }
        }
        if (swaggerUis.isEmpty()) {
            line(text, "Swagger UI", "not in these builds (quarkus.swagger-ui.always-include is off)");
        } else {
            lines(text, "Swagger UI", swaggerUis);
        }
        lines(text, "OpenAPI", openApis);
        line(text, "Kafka", stack.kafkaBootstrapServers());
        line(text, "PostgreSQL", "localhost:" + settings.postgresPort() + ", user postgres, password postgres, databases "
                + Arrays.stream(Service.values()).map(Service::database).collect(Collectors.joining(", ")));
        line(text, "Data", settings.dataDirectory() + "   (kept across restarts; --reset starts afresh)");
        line(text, "Logs", settings.logDirectory().resolve("<service>.log").toString());
        text.append(nl).append("Ctrl-C stops everything.");
        return text.toString();
    }

    private static boolean answers(HttpClient http, URI uri) {
        try {
            HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).GET().build();
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (java.io.IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void lines(StringBuilder text, String label, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            line(text, i == 0 ? label : "", values.get(i));
        }
    }

    private static void line(StringBuilder text, String label, String value) {
        text.append(String.format("  %-15s %s%n", label, value));
    }
}
