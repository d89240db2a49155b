package io.deliveryhub.deploy.k8s;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What a service's own configuration says about its environment: the variables it reads and those it cannot do
 * without in a cluster. Read from its application.properties, the platform's defaults when the service is built on
 * the platform, and the {@code @ConfigProperty} names of their code (MicroProfile Config maps any property to an
 * environment variable: {@code deliveryhub.http.max-uri-length} is {@code DELIVERYHUB_HTTP_MAX_URI_LENGTH}).
 */
record ServiceConfiguration(String module, List<Entry> entries, Set<String> codeProperties) {

    private static final Pattern REFERENCE = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(:([^}]*))?}");
    // Finds nested references too (a default that is itself a reference), which REFERENCE's match steps over.
    private static final Pattern REFERENCED_NAME = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)");
    private static final Pattern CONFIG_PROPERTY = Pattern.compile("@ConfigProperty\\(name\\s*=\\s*\"([^\"]+)\"");
    private static final Pattern PARTITIONS_DEFAULT =
            Pattern.compile("\"deliveryhub\\.kafka\\.partitions\",\\s*defaultValue\\s*=\\s*\"(\\d+)\"");

    /** One line of a properties file: the profiles it applies to (none: every profile), its key and value. */
    record Entry(Set<String> profiles, String key, String value) {

        boolean appliesInProduction() {
            return profiles.isEmpty() || profiles.contains("prod");
        }
    }

    static ServiceConfiguration of(Path repository, String module) {
        Path moduleDir = repository.resolve(module);
        List<Path> propertyFiles = Stream.concat(
                        Stream.of(moduleDir.resolve("src/main/resources/application.properties")),
                        usesPlatform(moduleDir)
                                ? Stream.of(platformDefaults(repository))
                                : Stream.empty())
                .toList();
        List<Path> sourceRoots = Stream.concat(Stream.of(moduleDir.resolve("src/main/java")),
                usesPlatform(moduleDir) ? Stream.of(repository.resolve("platform/src/main/java")) : Stream.empty())
                .toList();
        return new ServiceConfiguration(module,
                propertyFiles.stream().flatMap(file -> read(file).stream()).toList(),
                sourceRoots.stream().flatMap(root -> configPropertiesIn(root).stream())
                        .collect(TreeSet::new, Set::add, Set::addAll));
    }

    /** The partitions the platform's TopicProvisioner gives a topic unless deliveryhub.kafka.partitions says otherwise. */
    static int defaultPartitions(Path repository) {
        String provisioner = readString(repository.resolve(
                "platform/src/main/java/io/deliveryhub/platform/kafka/TopicProvisioner.java"));
        Matcher matcher = PARTITIONS_DEFAULT.matcher(provisioner);
        if (!matcher.find()) {
            throw new IllegalStateException("TopicProvisioner no longer names a default for deliveryhub.kafka.partitions");
        }
        return Integer.parseInt(matcher.group(1));
    }

    /** Every environment variable the service reads, by reference or through a property's name. */
    Set<String> knownVariables() {
        Set<String> known = new TreeSet<>();
        for (Entry entry : entries) {
            known.add(environmentName(entry.key()));
            Matcher reference = REFERENCED_NAME.matcher(entry.value());
            while (reference.find()) {
                known.add(reference.group(1));
            }
        }
        codeProperties.forEach(property -> known.add(environmentName(property)));
        return known;
    }

    /**
     * Variables without which the service does not run in a cluster: those referenced without a default in the
     * production profile, and those whose default is localhost (in a pod that is the pod itself).
     */
    Set<String> requiredVariables() {
        Set<String> required = new TreeSet<>();
        for (Entry entry : entries) {
            if (!entry.appliesInProduction()) {
                continue;
            }
            Matcher reference = REFERENCE.matcher(entry.value());
            while (reference.find()) {
                String fallback = reference.group(3);
                if (reference.group(2) == null || fallback.contains("localhost")) {
                    required.add(reference.group(1));
                }
            }
        }
        return required;
    }

    /** The topics the service creates at start-up: what it publishes and what it reads (each with its .dlq). */
    Set<String> topics() {
        return entries.stream().filter(entry -> entry.key().equals("deliveryhub.kafka.topics"))
                .flatMap(entry -> Arrays.stream(entry.value().split(",")).map(String::trim))
                .collect(TreeSet::new, Set::add, Set::addAll);
    }

    private static String environmentName(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    private static boolean usesPlatform(Path moduleDir) {
        return readString(moduleDir.resolve("pom.xml")).contains("<artifactId>platform</artifactId>");
    }

    private static Path platformDefaults(Path repository) {
        return repository.resolve("platform/src/main/resources/META-INF/microprofile-config.properties");
    }

    private static List<Entry> read(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.stringPropertyNames().stream().map(name -> entry(name, properties.getProperty(name))).toList();
    }

    private static Entry entry(String name, String value) {
        if (!name.startsWith("%")) {
            return new Entry(Set.of(), name, value);
        }
        int dot = name.indexOf('.');
        return new Entry(Set.of(name.substring(1, dot).split(",")), name.substring(dot + 1), value);
    }

    private static Set<String> configPropertiesIn(Path sourceRoot) {
        try (Stream<Path> files = Files.walk(sourceRoot)) {
            return files.filter(file -> file.toString().endsWith(".java"))
                    .flatMap(file -> CONFIG_PROPERTY.matcher(readString(file)).results().map(match -> match.group(1)))
                    .collect(TreeSet::new, Set::add, Set::addAll);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String readString(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
