package io.deliveryhub.deploy.images;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.module.ModuleFinder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;

/**
 * A JRE base image assembled on this machine, for building service images where no registry is reachable: the
 * running JDK's jlink runtime at /opt/java/openjdk (where the Eclipse Temurin images keep theirs), the system libraries
 * it links against, /tmp, and /etc/passwd naming the images' non-root user. Saved as {@code docker save} writes it,
 * which Jib takes as a {@code tar://} base image.
 */
final class LocalBaseImage {

    static final String JAVA_HOME = "/opt/java/openjdk";

    /** What a Temurin JRE offers a server; a module this JDK lacks (jdk.crypto.ec is deprecated) is left out. */
    private static final List<String> MODULES = List.of("java.se", "jdk.unsupported", "jdk.management", "jdk.jfr",
            "jdk.zipfs", "jdk.naming.dns", "jdk.crypto.ec", "jdk.localedata");

    private static final Set<String> DESKTOP_LIBRARIES = Set.of("libawt_xawt.so", "libjawt.so", "libjsound.so",
            "libsplashscreen.so");

    private static final Pattern LINKED_LIBRARY = Pattern.compile("(/\\S+) \\(0x");

    private LocalBaseImage() {
    }

    /** Writes the image to {@code work/base-image.tar}, giving {@code uid} a passwd entry, and returns its path. */
    static Path write(Path work, int uid) throws IOException, InterruptedException {
        Path rootfs = work.resolve("rootfs");
        deleteRecursively(rootfs);
        Path javaHome = rootfs.resolve(JAVA_HOME.substring(1));
        Files.createDirectories(javaHome.getParent());
        run(work, Path.of(System.getProperty("java.home"), "bin", "jlink").toString(),
                "--add-modules", String.join(",", availableModules()), "--strip-debug", "--no-header-files",
                "--no-man-pages", "--output", javaHome.toString());
        copySystemLibraries(work, javaHome, rootfs);
        Path etc = Files.createDirectories(rootfs.resolve("etc"));
        Files.writeString(etc.resolve("passwd"), "root:x:0:0:root:/root:/sbin/nologin\n"
                + "deliveryhub:x:" + uid + ":" + uid + ":Delivery Hub:/deployments:/sbin/nologin\n");
        Files.writeString(etc.resolve("group"), "root:x:0:\ndeliveryhub:x:" + uid + ":\n");
        Files.createDirectories(rootfs.resolve("tmp"));

        Path layer = work.resolve("layer.tar");
        String diffId = writeLayer(rootfs, layer);
        Path config = work.resolve("config.json");
        ObjectMapper json = new ObjectMapper();
        json.writeValue(config.toFile(), Map.of(
                "architecture", "amd64",
                "os", "linux",
                "config", Map.of("Env", List.of("PATH=" + JAVA_HOME + "/bin:/usr/bin:/bin", "JAVA_HOME=" + JAVA_HOME,
                        "LANG=C.UTF-8")),
                "rootfs", Map.of("type", "layers", "diff_ids", List.of(diffId)),
                "history", List.of(Map.of("created_by", "LocalBaseImage: jlink runtime of " + Runtime.version()))));
        Path manifest = work.resolve("manifest.json");
        json.writeValue(manifest.toFile(), List.of(Map.of("Config", "config.json",
                "RepoTags", List.of("deliveryhub/local-jre:" + Runtime.version().feature()),
                "Layers", List.of("layer.tar"))));

        Path image = work.resolve("base-image.tar");
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(Files.newOutputStream(image))) {
            for (Path file : List.of(manifest, config, layer)) {
                TarArchiveEntry entry = new TarArchiveEntry(file.getFileName().toString());
                entry.setSize(Files.size(file));
                tar.putArchiveEntry(entry);
                Files.copy(file, tar);
                tar.closeArchiveEntry();
            }
        }
        deleteRecursively(rootfs);
        Files.delete(layer);
        return image;
    }

    private static List<String> availableModules() {
        ModuleFinder system = ModuleFinder.ofSystem();
        return MODULES.stream().filter(name -> system.find(name).isPresent()).toList();
    }

    /**
     * The JVM is linked dynamically: the libraries java and the runtime's own libraries need go in too, except those of
     * the desktop (X11, ALSA), which a headless server never loads.
     */
    private static void copySystemLibraries(Path work, Path javaHome, Path rootfs) throws IOException,
            InterruptedException {
        List<String> binaries = new ArrayList<>(List.of(javaHome.resolve("bin/java").toString(),
                javaHome.resolve("lib/server/libjvm.so").toString()));
        try (Stream<Path> files = Files.list(javaHome.resolve("lib"))) {
            files.filter(file -> file.toString().endsWith(".so"))
                    .filter(file -> !DESKTOP_LIBRARIES.contains(file.getFileName().toString()))
                    .forEach(file -> binaries.add(file.toString()));
        }
        List<String> command = new ArrayList<>(List.of("ldd"));
        command.addAll(binaries);
        Set<String> libraries = new TreeSet<>();
        Matcher linked = LINKED_LIBRARY.matcher(output(work, command.toArray(String[]::new)));
        while (linked.find()) {
            libraries.add(linked.group(1));
        }
        for (String library : libraries) {
            if (library.startsWith(javaHome.toString())) {
                continue;
            }
            Path target = rootfs.resolve(library.substring(1));
            Files.createDirectories(target.getParent());
            Files.copy(Path.of(library), target);
        }
    }

    /** Writes the root file system as one layer, owned by root, and returns its diff id. */
    private static String writeLayer(Path rootfs, Path layer) throws IOException {
        MessageDigest sha256 = sha256();
        List<Path> paths = new ArrayList<>();
        try (Stream<Path> files = Files.walk(rootfs)) {
            files.filter(path -> !path.equals(rootfs)).sorted().forEach(paths::add);
        }
        try (OutputStream out = new DigestOutputStream(Files.newOutputStream(layer), sha256);
                TarArchiveOutputStream tar = new TarArchiveOutputStream(out, StandardCharsets.UTF_8.name())) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
            for (Path path : paths) {
                String name = rootfs.relativize(path).toString();
                TarArchiveEntry entry;
                if (Files.isSymbolicLink(path)) {
                    entry = new TarArchiveEntry(name, TarConstants.LF_SYMLINK);
                    entry.setLinkName(Files.readSymbolicLink(path).toString());
                } else if (Files.isDirectory(path)) {
                    entry = new TarArchiveEntry(name + "/");
                    entry.setMode(mode(rootfs, path));
                } else {
                    entry = new TarArchiveEntry(name);
                    entry.setMode(mode(rootfs, path));
                    entry.setSize(Files.size(path));
                }
                entry.setModTime(FileTime.from(Instant.EPOCH));
                entry.setIds(0, 0);
                entry.setNames("root", "root");
                tar.putArchiveEntry(entry);
                if (Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
                    try (InputStream in = Files.newInputStream(path)) {
                        in.transferTo(tar);
                    }
                }
                tar.closeArchiveEntry();
            }
        }
        return "sha256:" + HexFormat.of().formatHex(sha256.digest());
    }

    private static int mode(Path rootfs, Path path) throws IOException {
        boolean directory = Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS);
        if (path.equals(rootfs.resolve("tmp"))) {
            return 041777;
        }
        int bits = 0;
        Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS);
        for (PosixFilePermission permission : permissions) {
            bits |= 0400 >> permission.ordinal();
        }
        return (directory ? 040000 : 0100000) | bits;
    }

    private static void run(Path work, String... command) throws IOException, InterruptedException {
        Process process = start(work, command);
        if (process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + log(work));
        }
    }

    /** ldd answers "not a dynamic executable", with a failure, for what links nothing: its output is all we read. */
    private static String output(Path work, String... command) throws IOException, InterruptedException {
        start(work, command);
        return log(work);
    }

    private static Process start(Path work, String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(work.resolve("command.log").toFile()).start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " did not finish:\n" + log(work));
        }
        return process;
    }

    private static String log(Path work) throws IOException {
        return Files.readString(work.resolve("command.log"));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted((a, b) -> b.compareTo(a)).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
