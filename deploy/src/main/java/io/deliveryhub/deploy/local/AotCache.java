package io.deliveryhub.deploy.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * A service's ahead-of-time cache on JDK 25 and newer (JEP 483: classes loaded and linked; JEP 515: method
 * profiles), kept in the data directory's {@value #DIRECTORY}: a service started without one records it while it
 * runs and writes it when it stops (JEP 514), and later starts of the same build on the same JDK begin from it. Its
 * name carries a digest of the service's {@code quarkus-app} and of the JDK, so a rebuild or another JDK records a
 * new one. Nothing on older JDKs, nor when the stack's Java options already say something about AOT.
 * <p>
 * Off unless {@value #SWITCH_VARIABLE} is {@code on} (or the launcher's {@value #SWITCH_PROPERTY} is {@code true}): a
 * recording run starts slower and each of its JVMs takes tens of seconds to write its cache as it stops, which every
 * fresh build's first stack (the end-to-end tests' too) would pay, while the gain is not measured yet on a quiet
 * machine (see docs/performance.md).
 */
final class AotCache {

    static final String DIRECTORY = "aot-cache";
    static final String SWITCH_VARIABLE = "DELIVERYHUB_AOT_CACHE";
    static final String SWITCH_PROPERTY = "deliveryhub.aot-cache";
    private static final int FIRST_JDK = 25;

    private final Path file;

    private AotCache(Path file) {
        this.file = file;
    }

    /** The service's cache on the stack's JDK, or null where there is none to use or record. */
    static AotCache of(StackSettings settings, Service service) {
        boolean switchedOn = "on".equalsIgnoreCase(System.getenv(SWITCH_VARIABLE)) || Boolean.getBoolean(SWITCH_PROPERTY);
        if (!switchedOn || featureVersion(settings.javaHome()) < FIRST_JDK || settings.javaOptions().contains("-XX:AOT")) {
            return null;
        }
        Path quarkusApp = ServiceCommand.quarkusRunJar(settings, service).getParent();
        String digest = digest(quarkusApp, settings.javaHome());
        return new AotCache(settings.dataDirectory().resolve(DIRECTORY).resolve(service.module() + "-" + digest + ".aot"));
    }

    /**
     * Whether this start records the cache rather than uses it: it is written only once the service has stopped, by a
     * child JVM that removes its {@code .config} file last, so a cache whose writing was cut short is recorded anew.
     */
    boolean recording() {
        try {
            return !Files.isRegularFile(file) || Files.size(file) == 0
                    || Files.exists(file.resolveSibling(file.getFileName() + ".config"));
        } catch (IOException e) {
            return true;
        }
    }

    /** The JVM options that use the cache, or that record it (after removing the service's caches of older builds). */
    List<String> options() {
        if (!recording()) {
            return List.of("-XX:AOTCache=" + file);
        }
        try {
            Files.createDirectories(file.getParent());
            String service = file.getFileName().toString().replaceFirst("-[0-9a-f]+\\.aot$", "-");
            try (Stream<Path> older = Files.list(file.getParent())) {
                for (Path stale : older.filter(path -> path.getFileName().toString().startsWith(service)).toList()) {
                    Files.deleteIfExists(stale);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not prepare " + file.getParent(), e);
        }
        return List.of("-XX:AOTCacheOutput=" + file);
    }

    static int featureVersion(Path javaHome) {
        String version = ServiceCommand.javaVersion(javaHome);
        try {
            return Integer.parseInt(version.split("[.+-]")[0]);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Of every file's path, size and modification time under {@code quarkus-app}, and of the JDK's home. */
    private static String digest(Path quarkusApp, Path javaHome) {
        try (Stream<Path> files = Files.walk(quarkusApp)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(javaHome.toAbsolutePath().toString().getBytes(StandardCharsets.UTF_8));
            digest.update(ServiceCommand.javaVersion(javaHome).getBytes(StandardCharsets.UTF_8));
            for (Path path : files.filter(Files::isRegularFile).sorted().toList()) {
                String entry = quarkusApp.relativize(path) + ":" + Files.size(path) + ":" + Files.getLastModifiedTime(path).toMillis();
                digest.update(entry.getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest(), 0, 8);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + quarkusApp, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
