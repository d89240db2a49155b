package io.deliveryhub.deploy.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The Redmine peer of issue 22 and the scripts that install, start and measure it ({@code setup}, {@code start},
 * {@code stop}, {@code measure}, and {@code hub-measure} for the Hub's side), kept outside the repository in a
 * {@code shared/tools/redmine-peer} folder beside the checkout or above it ({@code bench.peer.tools} names another).
 *
 * @param tools    the scripts' folder
 * @param dataDir  where the scripts keep Redmine's state (their {@code RP_DIR}): its API key, the PID file
 * @param counts   how many requests of each shape both systems get
 */
record RedminePeer(Path tools, Path dataDir, Counts counts) {

    static final String TOOLS_PROPERTY = "bench.peer.tools";
    private static final Path TOOLS_BELOW = Path.of("shared/tools/redmine-peer");
    /** The Debian package's home: installed by {@code setup}. */
    private static final Path REDMINE_HOME = Path.of("/usr/share/redmine");

    /** How many requests of each shape a run sends, the same to both systems. */
    record Counts(int projects, int gets, int entries, int timeEntryProjects) {

        static Counts fromProperties() {
            return new Counts(Integer.getInteger("bench.peer.projects", 500), Integer.getInteger("bench.peer.gets", 100),
                    Integer.getInteger("bench.peer.entries", 1000), 10);
        }

        List<String> arguments() {
            return List.of("--projects", Integer.toString(projects), "--gets", Integer.toString(gets), "--entries",
                    Integer.toString(entries), "--te-projects", Integer.toString(timeEntryProjects));
        }
    }

    /** The scripts' folder named by {@code bench.peer.tools}, else the first one found beside a folder the checkout is in. */
    static Optional<Path> findTools(Path repositoryRoot) {
        String named = System.getProperty(TOOLS_PROPERTY);
        if (named != null && !named.isBlank()) {
            return Optional.of(Path.of(named)).filter(RedminePeer::holdsScripts);
        }
        for (Path folder = repositoryRoot.toAbsolutePath().normalize(); folder.getParent() != null; folder = folder.getParent()) {
            Path candidate = folder.resolveSibling(TOOLS_BELOW);
            if (holdsScripts(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** What is missing before the peer can be measured, as steps to take; empty when Redmine is installed. */
    List<String> missingSteps() {
        List<String> steps = new ArrayList<>();
        if (!Files.isDirectory(REDMINE_HOME) || !Files.isRegularFile(dataDir.resolve("api_key"))) {
            steps.add("as root: " + tools.resolve("setup") + "   (installs Redmine 5.0 with its own PostgreSQL, a few minutes)");
        }
        return steps;
    }

    /** Stops Redmine if it runs (keeping its database up) and starts it again, so that its first run is a cold one. */
    void restart() {
        if (Files.exists(dataDir.resolve("pid"))) {
            run(List.of(tools.resolve("stop").toString(), "--keep-db"));
        }
        String started = run(List.of(tools.resolve("start").toString()));
        if (!started.contains("Redmine up")) {
            throw new IllegalStateException("Redmine did not start:\n" + started);
        }
    }

    List<String> redmineCommand() {
        List<String> command = new ArrayList<>(List.of(tools.resolve("measure").toString()));
        command.addAll(counts.arguments());
        return command;
    }

    List<String> hubCommand(URI gateway, String adminApiKey, int warmUpSeconds) {
        List<String> command = new ArrayList<>(List.of(tools.resolve("hub-measure").toString(), "--url",
                gateway.toString().replaceFirst("/$", ""), "--admin-key", adminApiKey));
        command.addAll(counts.arguments());
        command.addAll(List.of("--warmup-seconds", Integer.toString(warmUpSeconds)));
        return command;
    }

    /** Runs one of the scripts and returns what it printed (also echoed, indented); a run cut short still counts. */
    static String run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            StringBuilder output = new StringBuilder();
            try (var lines = process.inputReader(StandardCharsets.UTF_8)) {
                lines.lines().forEach(line -> {
                    System.out.println("    | " + line);
                    output.append(line).append('\n');
                });
            }
            if (!process.waitFor(30, TimeUnit.MINUTES)) {
                process.destroyForcibly();
            }
            return output.toString();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not run " + command.get(0), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    private static boolean holdsScripts(Path folder) {
        return Files.isExecutable(folder.resolve("measure")) && Files.isExecutable(folder.resolve("hub-measure"));
    }
}
