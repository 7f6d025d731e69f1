package org.takatuf.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

/**
 * The embedded default survives what a newcomer does to it: {@code kill -9} of the application
 * (the detached PostgreSQL server keeps running), a restart, and a second instance on the same
 * data directory. Committed data survives because fsync and synchronous_commit are on.
 */
class EmbeddedPostgresRecoveryIntegrationTest {

    private Path root;
    private Process child;

    @BeforeEach
    void createDirectories() throws IOException {
        root = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "epg-recovery-");
    }

    @AfterEach
    void cleanUp() throws Exception {
        if (child != null) {
            child.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        Path data = root.resolve("postgres");
        if (Files.exists(data.resolve("postmaster.pid"))) {
            new OrphanedServer(data).stopIfOrphaned();
        }
        FileSystemUtils.deleteRecursively(root);
    }

    @Test
    void restartAfterKillNineStopsTheOrphanedServerAndKeepsCommittedRows() throws Exception {
        Path data = root.resolve("postgres");
        Path runtime = root.resolve("runtime");
        int port = freePort();

        child = new ProcessBuilder(javaBinary(), "-cp", System.getProperty("java.class.path"),
                EmbeddedPostgresChild.class.getName(), data.toString(), runtime.toString(), String.valueOf(port), "قبل القتل")
                .redirectErrorStream(true).start();
        assertThat(waitForReady(child)).as("child JVM started PostgreSQL").isTrue();

        long postmasterPid = Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).getFirst().trim());
        child.destroyForcibly().waitFor(30, TimeUnit.SECONDS); // SIGKILL: no shutdown hook runs
        child = null;
        assertThat(ProcessHandle.of(postmasterPid).map(ProcessHandle::isAlive)).as("server outlives the JVM").contains(true);

        try (EmbeddedPostgres restarted = EmbeddedPostgresServer.start(data, runtime, port, false)) {
            assertThat(ProcessHandle.of(postmasterPid).filter(ProcessHandle::isAlive)).as("orphan stopped").isEmpty();
            assertThat(query(restarted.getPort(), "SELECT note FROM pledge")).containsExactly("قبل القتل");
            assertThat(query(restarted.getPort(), "SHOW fsync")).containsExactly("on");
            assertThat(query(restarted.getPort(), "SHOW synchronous_commit")).containsExactly("on");
        }
        assertThat(data.resolve("PG_VERSION")).as("data directory kept after a normal stop").exists();
    }

    @Test
    void aSecondInstanceOnADataDirectoryInUseFailsWithAClearMessage() throws Exception {
        Path data = root.resolve("postgres");
        Path runtime = root.resolve("runtime");
        try (EmbeddedPostgres first = EmbeddedPostgresServer.start(data, runtime, freePort(), false)) {
            assertThatThrownBy(() -> EmbeddedPostgresServer.start(data, runtime, freePort(), false))
                    .isInstanceOf(OrphanedServer.DataDirectoryInUseException.class)
                    .hasMessageContaining("used by another running Takatuf instance")
                    .hasMessageContaining("TAKATUF_DATA_DIR");
            assertThat(query(first.getPort(), "SELECT 1")).containsExactly("1");
        }
    }

    @Test
    void aSecondStartKeepsTheData() throws Exception {
        Path data = root.resolve("postgres");
        Path runtime = root.resolve("runtime");
        int port = freePort();
        try (EmbeddedPostgres first = EmbeddedPostgresServer.start(data, runtime, port, false)) {
            execute(first.getPort(), "CREATE TABLE kept (v text)", "INSERT INTO kept VALUES ('تكاتف')");
        }
        try (EmbeddedPostgres second = EmbeddedPostgresServer.start(data, runtime, port, false)) {
            assertThat(query(second.getPort(), "SELECT v FROM kept")).containsExactly("تكاتف");
        }
    }

    private static boolean waitForReady(Process process) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        String line;
        while (System.nanoTime() < deadline && (line = out.readLine()) != null) {
            if (line.startsWith("READY")) {
                return true;
            }
        }
        return false;
    }

    private static String javaBinary() {
        Optional<String> command = ProcessHandle.current().info().command();
        return command.orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static List<String> query(int port, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres", "postgres", "");
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            java.util.ArrayList<String> values = new java.util.ArrayList<>();
            while (rs.next()) {
                values.add(rs.getString(1));
            }
            return values;
        }
    }

    private static void execute(int port, String... statements) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres", "postgres", "");
             Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }
}
