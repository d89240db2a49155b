package io.deliveryhub.deploy.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The stack's data directory, held by one launcher at a time through a file lock (released with the process
 * even when it is killed). The extracted PostgreSQL binaries survive {@code --reset}: they are the same every
 * time and take seconds to unpack.
 */
final class DataDirectory implements AutoCloseable {

    static final String POSTGRES_BINARIES = "postgres-binaries";
    private static final String LOCK_FILE = "launcher.lock";

    private final Path root;
    private final FileChannel lockChannel;

    private DataDirectory(Path root, FileChannel lockChannel) {
        this.root = root;
        this.lockChannel = lockChannel;
    }

    /** Creates the directory if needed and locks it. */
    static DataDirectory lock(Path root) {
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create the data directory " + root, e);
        }
        Path lockFile = root.resolve(LOCK_FILE);
        try {
            FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock acquired;
            try {
                acquired = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                acquired = null;
            }
            if (acquired == null) {
                channel.close();
                throw new LocalStack.StartFailure("Another local stack is running on " + root
                        + ". Stop it first, or give this one another directory with " + StackSettings.DATA_DIR_VARIABLE + ".");
            }
            channel.truncate(0);
            channel.write(StandardCharsets.US_ASCII.encode(ProcessHandle.current().pid() + System.lineSeparator()));
            return new DataDirectory(root, channel);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not lock " + lockFile, e);
        }
    }

    /** Deletes everything but the PostgreSQL binaries, the AOT caches (named after the build they fit) and the lock. */
    void empty() {
        Set<Path> kept = Set.of(root.resolve(POSTGRES_BINARIES), root.resolve(AotCache.DIRECTORY), root.resolve(LOCK_FILE));
        try (Stream<Path> children = Files.list(root)) {
            for (Path child : children.filter(path -> !kept.contains(path)).toList()) {
                deleteRecursively(child);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not empty " + root, e);
        }
    }

    @Override
    public void close() {
        try {
            lockChannel.close();
        } catch (IOException e) {
            // the lock goes with the process anyway
        }
    }

    private static void deleteRecursively(Path path) throws IOException {
        try (Stream<Path> paths = Files.walk(path)) {
            for (Path each : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(each);
            }
        }
    }
}
