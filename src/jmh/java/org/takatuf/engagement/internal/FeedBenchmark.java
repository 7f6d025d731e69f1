package org.takatuf.engagement.internal;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.takatuf.identity.MemberId;

/**
 * The feed benchmark of issue 6: the personal feed of a member who follows 500 sources (400 members,
 * 80 groups, 20 hashtags), with 1,000,000 posts and comments in PostgreSQL (filed under their author, a
 * quarter also under a group, a tenth also under a hashtag: about 1.35 million activity rows), 20,000
 * members, 2,000 groups, 500 tags, 200 readers. Each call takes another reader at random and runs
 * {@link Feed#of} (the SQL and the mapping to entries), first page or the page after it.
 *
 * <p>Seeds a database of its own ({@value #DATABASE}) on 127.0.0.1:5432 with the application's Flyway
 * migrations and drops it at the end. Run with
 * {@code ./mvnw -Pjmh -q test-compile exec:exec -Djmh.benchmark=FeedBenchmark -Djmh.result=target/jmh-feed.json}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 10)
@Measurement(iterations = 3, time = 20)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g", "--enable-native-access=ALL-UNNAMED"})
public class FeedBenchmark {

    static final String DATABASE = "takatuf_bench_feed";
    static final String SERVER = System.getProperty("bench.server", "jdbc:postgresql://127.0.0.1:5432/");
    static final int ITEMS = Integer.getInteger("bench.items", 1_000_000);
    static final int MEMBERS = 20_000;
    static final int GROUPS = 2_000;
    static final int TAGS = 500;
    static final int READERS = 200;

    HikariDataSource dataSource;
    Feed feed;
    final List<MemberId> readers = new ArrayList<>();
    final List<String> cursors = new ArrayList<>();
    final Random random = new Random(42);

    @Setup(Level.Trial)
    public void seed() throws Exception {
        try (Connection admin = DriverManager.getConnection(SERVER + "postgres", "postgres", "");
             Statement st = admin.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
            st.execute("CREATE DATABASE " + DATABASE);
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(SERVER + DATABASE);
        config.setUsername("postgres");
        config.setMaximumPoolSize(2);
        dataSource = new HikariDataSource(config);
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        long started = System.nanoTime();
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            st.execute("INSERT INTO member (id, email, password_hash, display_name, created_at, email_verified_at) "
                    + "SELECT gen_random_uuid(), 'm' || i || '@bench.local', 'x', 'عضو ' || i, now(), now() FROM generate_series(1, " + MEMBERS + ") i");
            st.execute("CREATE TEMP TABLE ms AS SELECT id, row_number() OVER (ORDER BY id) AS rn FROM member");
            st.execute("CREATE UNIQUE INDEX ON ms (rn)");
            // 1,000,000 posts and comments, each under its author; every 4th also under a group, every 10th under a tag
            st.execute("""
                    CREATE TEMP TABLE items AS
                    SELECT i, gen_random_uuid() AS item, (SELECT id FROM ms WHERE rn = 1 + (i::bigint * 7919) %% %d) AS actor,
                           now() - random() * interval '365 days' AS at
                    FROM generate_series(1, %d) i""".formatted(MEMBERS, ITEMS));
            st.execute("""
                    INSERT INTO engagement_activity (item_id, source_type, source_key, kind, actor_id, title, excerpt, link, created_at)
                    SELECT item, 'member', actor::text, CASE WHEN i % 3 = 0 THEN 'community.post' ELSE 'engagement.comment' END, actor, '',
                           'نص تجريبي رقم ' || i || ' عن جري الجمعة والتطوع #وسم' || (i % 500), '/groups/posts/' || item, at FROM items""");
            st.execute("""
                    INSERT INTO engagement_activity (item_id, source_type, source_key, kind, actor_id, title, excerpt, link, created_at)
                    SELECT item, 'group', 'g' || (i %% %d), 'community.post', actor, 'مجموعة', 'منشور رقم ' || i, '/groups/posts/' || item, at
                    FROM items WHERE i %% 4 = 0""".formatted(GROUPS));
            st.execute("""
                    INSERT INTO engagement_activity (item_id, source_type, source_key, kind, actor_id, title, excerpt, link, created_at)
                    SELECT item, 'tag', 'وسم' || (i %% %d), 'engagement.comment', actor, '', 'تعليق رقم ' || i, '/events/' || item, at
                    FROM items WHERE i %% 10 = 0""".formatted(TAGS));
            // 200 readers, each following 400 members, 80 groups and 20 tags
            st.execute("""
                    INSERT INTO engagement_follow (member_id, source_type, source_key, created_at)
                    SELECT r.id, 'member', m.id::text, now() FROM ms r
                    CROSS JOIN generate_series(1, 400) k JOIN ms m ON m.rn = 1 + (r.rn * 104729 + k * 7907) %% %d
                    WHERE r.rn <= %d ON CONFLICT DO NOTHING""".formatted(MEMBERS, READERS));
            st.execute("""
                    INSERT INTO engagement_follow (member_id, source_type, source_key, created_at)
                    SELECT r.id, 'group', 'g' || ((r.rn * 31 + k * 17) %% %d), now() FROM ms r CROSS JOIN generate_series(1, 80) k
                    WHERE r.rn <= %d ON CONFLICT DO NOTHING""".formatted(GROUPS, READERS));
            st.execute("""
                    INSERT INTO engagement_follow (member_id, source_type, source_key, created_at)
                    SELECT r.id, 'tag', 'وسم' || ((r.rn * 13 + k * 23) %% %d), now() FROM ms r CROSS JOIN generate_series(1, 20) k
                    WHERE r.rn <= %d ON CONFLICT DO NOTHING""".formatted(TAGS, READERS));
            st.execute("VACUUM ANALYZE");
        }
        JdbcClient jdbc = JdbcClient.create(dataSource);
        long rows = jdbc.sql("SELECT count(*) FROM engagement_activity").query(Long.class).single();
        long items = jdbc.sql("SELECT count(DISTINCT item_id) FROM engagement_activity").query(Long.class).single();
        feed = new Feed(jdbc);
        for (UUID id : jdbc.sql("SELECT member_id FROM engagement_follow GROUP BY member_id").query(UUID.class).list()) {
            MemberId reader = new MemberId(id);
            readers.add(reader);
            cursors.add(feed.of(reader, null).next());
        }
        double follows = jdbc.sql("SELECT avg(n) FROM (SELECT count(*) n FROM engagement_follow GROUP BY member_id) x").query(Double.class).single();
        System.out.printf("%nSeeded %,d posts and comments (%,d activity rows), %d readers following %.0f sources each, in %d s%n",
                items, rows, readers.size(), follows, (System.nanoTime() - started) / 1_000_000_000L);
        System.out.printf("Sanity: first reader's first page has %d entries%n", feed.of(readers.getFirst(), null).entries().size());
    }

    @Benchmark
    public Feed.Page firstPage() {
        return feed.of(readers.get(random.nextInt(readers.size())), null);
    }

    @Benchmark
    public Feed.Page nextPage() {
        int i = random.nextInt(readers.size());
        return feed.of(readers.get(i), cursors.get(i));
    }

    @TearDown(Level.Trial)
    public void drop() throws Exception {
        dataSource.close();
        if (Boolean.getBoolean("bench.keep")) {
            return;
        }
        try (Connection admin = DriverManager.getConnection(SERVER + "postgres", "postgres", "");
             Statement st = admin.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
        }
    }
}
