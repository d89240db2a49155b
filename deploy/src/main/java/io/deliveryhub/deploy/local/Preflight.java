package io.deliveryhub.deploy.local;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What must hold before anything starts, each failure said in a way that tells the user what to do. */
final class Preflight {

    private Preflight() {
    }

    static void checkServicesAreBuilt(StackSettings settings) {
        List<String> missing = settings.services().stream()
                .map(service -> ServiceCommand.quarkusRunJar(settings, service))
                .filter(jar -> !Files.isRegularFile(jar))
                .map(Path::toString)
                .toList();
        if (!missing.isEmpty()) {
            throw new LocalStack.StartFailure("Not built: " + String.join(", ", missing)
                    + System.lineSeparator() + "Build with ./mvnw install -DskipTests (deploy/local/run --build does).");
        }
        Path java = settings.javaHome().resolve("bin/java");
        if (!Files.isExecutable(java)) {
            throw new LocalStack.StartFailure("No Java at " + java);
        }
    }

    static void checkPortsAreFree(StackSettings settings) {
        Map<Integer, String> wanted = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        want(wanted, problems, settings.postgresPort(), "PostgreSQL (" + StackSettings.POSTGRES_PORT_VARIABLE + ")");
        want(wanted, problems, settings.kafkaPort(), "Kafka (" + StackSettings.KAFKA_PORT_VARIABLE + ")");
        for (Service service : settings.services()) {
            for (ServiceReplica replica : settings.replicasOf(service)) {
                want(wanted, problems, replica.port(), replica + " (" + service.portVariable()
                        + (replica.index() == 0 ? ")" : " + " + StackSettings.REPLICA_PORT_STEP * replica.index() + ")"));
            }
        }
        wanted.forEach((port, user) -> {
            if (!isFree(port)) {
                problems.add("port " + port + " for " + user + " is in use");
            }
        });
        if (!problems.isEmpty()) {
            String separator = System.lineSeparator() + "  ";
            throw new LocalStack.StartFailure("Cannot start:" + separator + String.join(separator, problems)
                    + System.lineSeparator() + "Stop what uses them, or choose other ports with the variables named.");
        }
    }

    private static void want(Map<Integer, String> wanted, List<String> problems, int port, String user) {
        String other = wanted.putIfAbsent(port, user);
        if (other != null) {
            problems.add("port " + port + " is given to both " + other + " and " + user);
        }
    }

    private static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
