package org.takatuf.insights.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.takatuf.identity.Member;
import org.takatuf.identity.Members;
import org.takatuf.identity.Organisation;
import org.takatuf.identity.OrganisationManagement;

/**
 * Records page views without slowing the page: {@link #record} only offers to a bounded queue (never
 * blocks; a full queue drops the view and counts it), and one background thread drains the queue every
 * {@code takatuf.insights.flush-every} (200 ms) into PostgreSQL with one multi-row insert per batch
 * ({@code unnest} of arrays). The cookie id is hashed with the day's salt here, off the request thread,
 * and forgotten; the member id only serves to look up the profile city and is never stored.
 */
@Component
public class ViewRecorder implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ViewRecorder.class);
    private static final int BATCH = 5_000;

    /** A view as the request saw it. {@code target} is a uuid, or a slug for an organisation. */
    public record View(Instant at, String targetType, String target, String cookie, boolean returning, String channel,
                       String ambassador, @Nullable UUID member) {
    }

    private final BlockingQueue<View> queue;
    private final JdbcTemplate jdbcTemplate;
    private final JdbcClient jdbc;
    private final Members members;
    private final OrganisationManagement organisations;
    private final Duration every;
    private final SecureRandom random = new SecureRandom();
    private final Map<LocalDate, byte[]> salts = new HashMap<>();
    private final AtomicLong accepted = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicLong stored = new AtomicLong();
    private final AtomicLong skipped = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private volatile boolean running;
    private @Nullable Thread thread;

    ViewRecorder(JdbcTemplate jdbcTemplate, JdbcClient jdbc, Members members, OrganisationManagement organisations,
                 @Value("${takatuf.insights.queue-capacity:100000}") int capacity,
                 @Value("${takatuf.insights.flush-every:PT0.2S}") Duration every) {
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.jdbcTemplate = jdbcTemplate;
        this.jdbc = jdbc;
        this.members = members;
        this.organisations = organisations;
        this.every = every;
    }

    /** Offers a view to the queue; never blocks. False (and counted) when the queue is full. */
    public boolean record(View view) {
        if (queue.offer(view)) {
            accepted.incrementAndGet();
            return true;
        }
        dropped.incrementAndGet();
        return false;
    }

    /** Counters since the start: accepted = stored + skipped (unknown target) + failed + still queued. */
    public record Stats(long accepted, long dropped, long stored, long skipped, long failed, int queued) {
    }

    public Stats stats() {
        return new Stats(accepted.get(), dropped.get(), stored.get(), skipped.get(), failed.get(), queue.size());
    }

    /** Writes everything queued now (the background thread does this every 200 ms; tests call it directly). */
    public synchronized void flush() {
        List<View> batch = new ArrayList<>(Math.min(BATCH, queue.size() + 1));
        while (queue.drainTo(batch, BATCH) > 0) {
            write(batch);
            batch.clear();
        }
    }

    private void write(List<View> batch) {
        try {
            Map<UUID, String> cities = cities(batch);
            Map<String, UUID> slugs = new HashMap<>();
            List<Object[]> rows = new ArrayList<>(batch.size());
            for (View v : batch) {
                UUID target = target(v, slugs);
                if (target == null) {
                    skipped.incrementAndGet();
                    continue;
                }
                LocalDate day = v.at().atZone(ZoneOffset.UTC).toLocalDate();
                rows.add(new Object[] {Timestamp.from(v.at()), day.toString(), v.targetType(), target, hash(day, v.cookie()),
                        v.returning(), v.channel(), v.ambassador(), v.member() == null ? "" : cities.getOrDefault(v.member(), "")});
            }
            if (!rows.isEmpty()) {
                insert(rows);
                stored.addAndGet(rows.size());
            }
        } catch (RuntimeException e) {
            failed.addAndGet(batch.size());
            log.warn("insights: a batch of {} views could not be written", batch.size(), e);
        }
    }

    private void insert(List<Object[]> rows) {
        jdbcTemplate.execute((Connection c) -> {
            int n = rows.size();
            Timestamp[] at = new Timestamp[n];
            String[] day = new String[n];
            String[] type = new String[n];
            UUID[] id = new UUID[n];
            String[] visitor = new String[n];
            Boolean[] returning = new Boolean[n];
            String[] channel = new String[n];
            String[] ambassador = new String[n];
            String[] city = new String[n];
            for (int i = 0; i < n; i++) {
                Object[] r = rows.get(i);
                at[i] = (Timestamp) r[0];
                day[i] = (String) r[1];
                type[i] = (String) r[2];
                id[i] = (UUID) r[3];
                visitor[i] = (String) r[4];
                returning[i] = (Boolean) r[5];
                channel[i] = (String) r[6];
                ambassador[i] = (String) r[7];
                city[i] = (String) r[8];
            }
            try (PreparedStatement s = c.prepareStatement("""
                    INSERT INTO insights_view_event (viewed_at, day, target_type, target_id, visitor, returned, channel, ambassador, city)
                    SELECT * FROM unnest(?::timestamptz[], ?::date[], ?::varchar[], ?::uuid[], ?::char(32)[], ?::boolean[],
                                         ?::varchar[], ?::varchar[], ?::varchar[])""")) {
                Array[] arrays = {c.createArrayOf("timestamptz", at), c.createArrayOf("varchar", day), c.createArrayOf("varchar", type),
                        c.createArrayOf("uuid", id), c.createArrayOf("varchar", visitor), c.createArrayOf("boolean", returning),
                        c.createArrayOf("varchar", channel), c.createArrayOf("varchar", ambassador), c.createArrayOf("varchar", city)};
                for (int i = 0; i < arrays.length; i++) {
                    s.setArray(i + 1, arrays[i]);
                }
                return s.executeUpdate();
            }
        });
    }

    private @Nullable UUID target(View v, Map<String, UUID> slugs) {
        if (!"organisation".equals(v.targetType())) {
            return UUID.fromString(v.target());
        }
        return slugs.computeIfAbsent(v.target(), slug -> organisations.bySlug(slug).map(Organisation::getId).orElse(null));
    }

    private Map<UUID, String> cities(List<View> batch) {
        Set<UUID> ids = batch.stream().map(View::member).filter(m -> m != null).collect(Collectors.toSet());
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<UUID, String> cities = new HashMap<>();
        for (Member m : members.findAllById(ids)) {
            if (m.getCity() != null && !m.getCity().isBlank()) {
                cities.put(m.getId(), m.getCity().strip());
            }
        }
        return cities;
    }

    private String hash(LocalDate day, String cookie) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt(day));
            sha.update(cookie.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The day's salt, the same for every instance: the first to need it stores it. */
    private byte[] salt(LocalDate day) {
        byte[] known = salts.get(day);
        if (known != null) {
            return known;
        }
        byte[] fresh = new byte[32];
        random.nextBytes(fresh);
        jdbc.sql("INSERT INTO insights_salt (day, salt) VALUES (?, ?) ON CONFLICT (day) DO NOTHING").params(day, fresh).update();
        byte[] salt = jdbc.sql("SELECT salt FROM insights_salt WHERE day = ?").param(day).query(byte[].class).single();
        // never modified inside a computeIfAbsent: HashMap refuses that
        salts.keySet().removeIf(k -> k.isBefore(day.minusDays(1)));
        salts.put(day, salt);
        return salt;
    }

    private void loop() {
        while (running) {
            try {
                TimeUnit.NANOSECONDS.sleep(every.toNanos());
                flush();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.warn("insights: recorder", e);
            }
        }
    }

    @Override
    public void start() {
        running = true;
        Thread t = new Thread(this::loop, "insights-recorder");
        t.setDaemon(true);
        t.start();
        thread = t;
    }

    @Override
    public void stop() {
        running = false;
        Thread t = thread;
        if (t != null) {
            t.interrupt();
            try {
                t.join(2_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try {
            flush();
        } catch (RuntimeException e) {
            log.warn("insights: last flush", e);
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stops before the data source closes. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 2048;
    }

}
