package org.takatuf.platform.internal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Run in a separate JVM by {@link EmbeddedPostgresRecoveryIntegrationTest}: starts the embedded
 * server on a data directory, commits one row, says READY and waits to be killed with SIGKILL.
 */
public final class EmbeddedPostgresChild {

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        Path runtime = Path.of(args[1]);
        int port = Integer.parseInt(args[2]);
        EmbeddedPostgres postgres = EmbeddedPostgresServer.start(data, runtime, port, false);
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/postgres", "postgres", "");
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS pledge (id serial PRIMARY KEY, note text NOT NULL)");
            s.execute("INSERT INTO pledge (note) VALUES ('" + args[3] + "')");
        }
        System.out.println("READY " + postgres.getPort());
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }

    private EmbeddedPostgresChild() {
    }
}
