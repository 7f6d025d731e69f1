package org.takatuf.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The backup procedure of docs/operations.md (quality.md line 23), run for real: every migration applied to a new
 * database on the machine's PostgreSQL service, rows written in the shapes the application writes (Arabic text,
 * json, arrays, a balanced ledger group), {@code ops/backup.sh}, {@code ops/restore.sh} into another new database,
 * then {@code ops/checksums.sh} on both must print the same row counts, row checksums and ledger sums, and the
 * restored ledger must still refuse changes. Both databases are dropped afterwards.
 *
 * <p>It needs the PostgreSQL service on 127.0.0.1:5432 and a {@code pg_dump} at least as new as that server (the
 * embedded server of the other tests is newer than Debian's client tools, so it cannot be the one dumped here);
 * without them it is skipped with the reason.
 */
class BackupRestoreIntegrationTest {

    private static final String HOST = System.getenv().getOrDefault("PGHOST", "127.0.0.1");
    private static final String PORT = System.getenv().getOrDefault("PGPORT", "5432");
    private static final String USER = System.getenv().getOrDefault("PGUSER", "postgres");

    private final String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private final String source = "takatuf_backup_src_" + suffix;
    private final String restored = "takatuf_backup_dst_" + suffix;

    @TempDir
    Path dir;

    @AfterEach
    void dropDatabases() throws SQLException {
        try (Connection c = connect("postgres"); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + source + " WITH (FORCE)");
            s.execute("DROP DATABASE IF EXISTS " + restored + " WITH (FORCE)");
        } catch (SQLException e) {
            // the service was not there: nothing was created
        }
    }

    @Test
    void aBackupRestoresIntoANewDatabaseWithEveryRowAndTheLedgerStillAppendOnly() throws Exception {
        int serverMajor = serverMajorVersion();
        assumeTrue(serverMajor > 0, "no PostgreSQL service on " + HOST + ":" + PORT);
        int dumpMajor = pgDumpMajorVersion();
        assumeTrue(dumpMajor >= serverMajor, "pg_dump " + dumpMajor + " cannot dump a PostgreSQL " + serverMajor + " server");

        try (Connection c = connect("postgres"); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + source);
        }
        Flyway.configure().dataSource(url(source), USER, "").locations("classpath:db/migration").load().migrate();
        seed();

        Path archive = dir.resolve("takatuf.dump");
        run("ops/backup.sh", source, archive.toString());
        assertThat(archive).isNotEmptyFile();
        assertThat(dir.resolve("takatuf.dump.sha256")).isNotEmptyFile();
        run("ops/restore.sh", archive.toString(), restored);

        List<String> before = lines(run("ops/checksums.sh", source));
        List<String> after = lines(run("ops/checksums.sh", restored));
        assertThat(before).anyMatch(line -> line.startsWith("ledger_entry\t2\t"))
                .anyMatch(line -> line.startsWith("member\t2\t"))
                .anyMatch(line -> line.startsWith("flyway_schema_history\t"))
                .anyMatch(line -> line.startsWith("ledger_account:campaign-donations\t-125000"));
        assertThat(after).isEqualTo(before);

        try (Connection c = connect(restored); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.execute("UPDATE ledger_entry SET amount_minor = 1"))
                    .hasMessageContaining("append-only");
        }
    }

    @Test
    void aDamagedArchiveIsRefusedAndLeavesNoDatabaseBehind() throws Exception {
        int serverMajor = serverMajorVersion();
        assumeTrue(serverMajor > 0, "no PostgreSQL service on " + HOST + ":" + PORT);
        assumeTrue(pgDumpMajorVersion() >= serverMajor, "pg_dump older than the server");
        try (Connection c = connect("postgres"); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + source);
        }
        Flyway.configure().dataSource(url(source), USER, "").locations("classpath:db/migration").load().migrate();
        Path archive = dir.resolve("takatuf.dump");
        run("ops/backup.sh", source, archive.toString());
        byte[] bytes = Files.readAllBytes(archive);
        bytes[bytes.length / 2] ^= 0x5A;
        Files.write(archive, bytes);

        Result result = start("ops/restore.sh", archive.toString(), restored);
        assertThat(result.exit()).isNotZero();
        try (Connection c = connect("postgres"); Statement s = c.createStatement();
             var rs = s.executeQuery("SELECT count(*) FROM pg_database WHERE datname = '" + restored + "'")) {
            rs.next();
            assertThat(rs.getInt(1)).isZero();
        }
    }

    private void seed() throws SQLException {
        try (Connection c = connect(source); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute("""
                    INSERT INTO member (id, email, password_hash, display_name, email_verified_at, created_at) VALUES
                      ('00000000-0000-0000-0000-0000000000a1', 'organiser@backup.test', 'x', 'منظّمة الحملة', now(), now()),
                      ('00000000-0000-0000-0000-0000000000a2', 'donor@backup.test', 'x', 'متبرّع «مجهول»', now(), now());
                    INSERT INTO organisation (id, slug, name, kind, city, description, status, verified_at, created_at, created_by)
                      VALUES ('00000000-0000-0000-0000-0000000000b1', 'dfa', 'دفء الشتاء', 'CHARITY', 'Beirut',
                              'بطانيات ومدافئ للعائلات اللاجئة', 'VERIFIED', now(), now(), '00000000-0000-0000-0000-0000000000a1');
                    INSERT INTO campaign (id, organisation_id, created_by, kind, title, story, goal_minor, currency,
                                          bank_name, bank_iban, bank_holder, short_code, created_at)
                      VALUES ('00000000-0000-0000-0000-0000000000c1', '00000000-0000-0000-0000-0000000000b1',
                              '00000000-0000-0000-0000-0000000000a1', 'FUNDRAISING', 'شتاء دافئ', 'قصة الحملة #دفء',
                              5000000, 'USD', 'Bank', 'LB62099900000001001901229114', 'دفء', 'BKP7W2Q', now());
                    INSERT INTO ledger_account (code, kind, campaign_id, currency) VALUES
                      ('campaign-funds', 'FUNDS', '00000000-0000-0000-0000-0000000000c1', 'USD'),
                      ('campaign-donations', 'DONATIONS', '00000000-0000-0000-0000-0000000000c1', 'USD');
                    INSERT INTO ledger_group (id, reference, kind, description, posted_at)
                      VALUES ('00000000-0000-0000-0000-0000000000d1', 'TK-BKUP-0001', 'DONATION', 'تبرع بتحويل مصرفي', now());
                    INSERT INTO ledger_entry (group_id, account_id, amount_minor, currency)
                      SELECT '00000000-0000-0000-0000-0000000000d1', id, CASE kind WHEN 'FUNDS' THEN 125000 ELSE -125000 END, 'USD'
                      FROM ledger_account;
                    """);
            c.commit();
        }
    }

    private static List<String> lines(String output) {
        List<String> lines = new ArrayList<>(output.lines().filter(l -> !l.isBlank()).toList());
        assertThat(lines).isNotEmpty();
        return lines;
    }

    private record Result(int exit, String out) {
    }

    private String run(String... command) throws IOException, InterruptedException {
        Result result = start(command);
        assertThat(result.exit()).as("%s: %s", String.join(" ", command), result.out()).isZero();
        return result.out();
    }

    private Result start(String... command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(false);
        Map<String, String> env = builder.environment();
        env.put("PGHOST", HOST);
        env.put("PGPORT", PORT);
        env.put("PGUSER", USER);
        Path err = dir.resolve("stderr-" + UUID.randomUUID());
        builder.redirectError(err.toFile());
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        return new Result(process.exitValue(), out + Files.readString(err));
    }

    private static int serverMajorVersion() {
        try (Connection c = connect("postgres"); Statement s = c.createStatement();
             var rs = s.executeQuery("SHOW server_version_num")) {
            rs.next();
            return Integer.parseInt(rs.getString(1)) / 10000;
        } catch (SQLException e) {
            return 0;
        }
    }

    private static int pgDumpMajorVersion() {
        try {
            Process p = new ProcessBuilder("pg_dump", "--version").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor(30, TimeUnit.SECONDS);
            var m = java.util.regex.Pattern.compile("(\\d+)\\.").matcher(out);
            return m.find() ? Integer.parseInt(m.group(1)) : 0;
        } catch (IOException | InterruptedException e) {
            return 0;
        }
    }

    private static String url(String database) {
        return "jdbc:postgresql://" + HOST + ":" + PORT + "/" + database;
    }

    private static Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(url(database), USER, "");
    }
}
