package org.takatuf.platform.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Starts the embedded PostgreSQL server on a data directory with the settings a real server would
 * have: {@code fsync}, {@code synchronous_commit} and {@code full_page_writes} on (zonky turns the
 * first two off), listening on 127.0.0.1 only, no Unix socket in /tmp. A server left running by a
 * killed previous start is stopped first ({@link OrphanedServer}).
 */
final class EmbeddedPostgresServer {

    private EmbeddedPostgresServer() {
    }

    static EmbeddedPostgres start(Path dataDirectory, Path runtime, int port, boolean cleanOnClose) throws IOException {
        Files.createDirectories(runtime);
        Files.createDirectories(dataDirectory);
        if (runtime.startsWith(dataDirectory) || dataDirectory.startsWith(runtime)) {
            // zonky wipes stale data directories inside its working directory: keep them apart
            throw new IllegalArgumentException("The PostgreSQL data directory must not be inside " + runtime);
        }
        if (!cleanOnClose) {
            new OrphanedServer(dataDirectory).stopIfOrphaned();
        }
        return EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setOverrideWorkingDirectory(runtime.toFile())
                .setCleanDataDirectory(cleanOnClose)
                .setRegisterShutdownHook(false)
                .setPort(port)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .setServerConfig("unix_socket_directories", "")
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setServerConfig("max_connections", "100")
                .setLocaleConfig("encoding", "UTF8")
                .setLocaleConfig("locale", "C.UTF-8")
                .start();
    }
}
