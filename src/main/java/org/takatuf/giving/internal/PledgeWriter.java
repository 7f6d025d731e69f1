package org.takatuf.giving.internal;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.sql.DataSource;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.impl.TimeBasedEpochGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Group commit of new pledges. Request threads hand their pledge to a queue and wait; a few writer
 * threads take whatever is waiting (up to {@code takatuf.giving.batch-size}) and store it with ONE
 * statement, atomic on its own: the pledge rows (one multi-row insert, duplicates of an idempotency key skipped),
 * the new donors, and one update of each campaign's tally row per batch. One fsync then serves many pledges,
 * and the campaign's counter row is moved once per batch instead of once per pledge, so a viral
 * campaign does not queue behind one hot row. A request is answered only after its batch committed:
 * an accepted pledge is stored; a failed batch fails all its requests (nothing half-written).
 */
@Component
public class PledgeWriter implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PledgeWriter.class);
    private static final char[] ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final TimeBasedEpochGenerator IDS = Generators.timeBasedEpochGenerator(RANDOM);

    /** A pledge ready to be stored, with its reference and its first answer already written. */
    record Draft(UUID id, UUID campaignId, UUID memberId, PledgeMethod method, Long amountMinor, String currency,
                 UUID itemId, Integer quantity, boolean anonymous, String message, String referral, String key, String hash,
                 String reference, String response, Instant createdAt, Instant expiresAt) {

        Draft withReference(String newReference, String newResponse) {
            return new Draft(id, campaignId, memberId, method, amountMinor, currency, itemId, quantity, anonymous, message,
                    referral, key, hash, newReference, newResponse, createdAt, expiresAt);
        }
    }

    /** What became of a draft: stored now, or an earlier answer to replay. */
    sealed interface Outcome {
        record Stored(Draft draft) implements Outcome {
        }

        record Replayed(UUID pledgeId, String response) implements Outcome {
        }

        record KeyReused() implements Outcome {
        }
    }

    /** Writes a fresh reference into a draft's stored answer (used when references collide). */
    interface Rewriter {
        Draft withNewReference(Draft draft, String reference);
    }

    /** A draft waiting for its batch, and when its request stops waiting ({@link System#nanoTime()}). */
    private record Pending(Draft draft, Rewriter rewriter, CompletableFuture<Outcome> result, long deadline) {
    }

    /** How often the watchdog looks for requests that waited longer than the write timeout. */
    private static final long WATCH_EVERY_MS = 100;

    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final int batchSize;
    private final int writers;
    private final long timeoutNanos;
    private final List<Thread> threads = new ArrayList<>();
    /** The batch being written, for the watchdog. */
    private volatile List<Pending> writing = List.of();
    private volatile boolean running;

    /**
     * @param dataSource the writer's statement runs on a plain JDBC connection in autocommit: it never touches JPA,
     *                   whose session per transaction was a tenth of the pledge path's CPU (docs/performance.md)
     * @param writers    one by default: two writers' batches wait on each other's campaign tally row and share the
     *                   campaign row's foreign-key lock, and were measured slower than one that takes bigger batches
     * @param settings   {@code takatuf.giving.write-timeout}: how long a request waits for its batch
     */
    PledgeWriter(JdbcClient jdbc, DataSource dataSource,
                 @Value("${takatuf.giving.batch-size:256}") int batchSize,
                 @Value("${takatuf.giving.writers:1}") int writers, GivingSettings settings) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.batchSize = batchSize;
        this.writers = writers;
        this.timeoutNanos = settings.writeTimeout().toNanos();
    }

    /**
     * A new pledge id: version 7, time-ordered, with 74 random bits from a SecureRandom. A burst of pledges then adds to
     * the right edge of the primary key instead of to random pages all over it (measured 11–18 % less database time
     * per inserted row on a table of 600,000 pledges, docs/performance.md). The id shows when the pledge was made, to the
     * millisecond, which its own page shows anyway.
     */
    static UUID newId() {
        return IDS.generate();
    }

    /** A new bank reference: "TK-" and eight characters without look-alikes (0/O, 1/I/L). */
    static String newReference() {
        // eight characters of 31 from one 63-bit draw instead of eight draws (31^8 is about 2^40: the bias is below 2^-23)
        long bits = RANDOM.nextLong() >>> 1;
        char[] c = new char[8];
        for (int i = 0; i < c.length; i++) {
            c[i] = ALPHABET[(int) (bits % ALPHABET.length)];
            bits /= ALPHABET.length;
        }
        return "TK-" + new String(c, 0, 4) + "-" + new String(c, 4, 4);
    }

    /**
     * Queues the draft for the next batch. The future always completes: with the outcome once the batch committed,
     * with the batch's failure, or with a {@link TimeoutException} from the watchdog once the write timeout passed
     * (the draft stays queued then, and a retry with the same key finds it if it was stored). The caller waits
     * without a timeout of its own: a timed wait in a virtual thread schedules and cancels a wake-up task on the
     * scheduler's delay queue, whose thread then wakes up twice per request; that was 16 % of the application's CPU
     * at 64 connections (async-profiler, docs/performance.md "Run 17").
     */
    CompletableFuture<Outcome> submit(Draft draft, Rewriter rewriter) {
        if (!running) {
            return CompletableFuture.failedFuture(new IllegalStateException("pledge writer is not running"));
        }
        CompletableFuture<Outcome> result = new CompletableFuture<>();
        queue.add(new Pending(draft, rewriter, result, System.nanoTime() + timeoutNanos));
        return result;
    }

    private void loop() {
        List<Pending> batch = new ArrayList<>(batchSize);
        while (running || !queue.isEmpty()) {
            try {
                Pending first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, batchSize - 1);
                writing = List.copyOf(batch);
                write(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (RuntimeException e) {
                log.warn("A batch of {} pledges failed: {}", batch.size(), e.toString());
                batch.forEach(p -> p.result().completeExceptionally(e));
            } finally {
                writing = List.of();
                batch.clear();
            }
        }
    }

    private void write(List<Pending> batch) {
        Set<UUID> stored = new HashSet<>(insert(batch));
        List<Pending> others = new ArrayList<>();
        for (Pending p : batch) {
            if (stored.contains(p.draft().id())) {
                p.result().complete(new Outcome.Stored(p.draft()));
            } else {
                others.add(p);
            }
        }
        for (Pending p : others) {
            Optional<Map<String, Object>> existing = jdbc.sql(
                            "SELECT id, request_hash, response FROM pledge WHERE member_id = ? AND idempotency_key = ?")
                    .params(p.draft().memberId(), p.draft().key()).query().listOfRows().stream().findFirst();
            if (existing.isPresent()) {
                Map<String, Object> row = existing.get();
                if (p.draft().hash().equals(row.get("request_hash"))) {
                    p.result().complete(new Outcome.Replayed((UUID) row.get("id"), (String) row.get("response")));
                } else {
                    p.result().complete(new Outcome.KeyReused());
                }
            } else {
                // not a duplicate key: the reference collided with another pledge's; try again with a new one
                queue.add(new Pending(p.rewriter().withNewReference(p.draft(), newReference()), p.rewriter(), p.result(),
                        p.deadline()));
            }
        }
    }

    /**
     * One multi-row insert of the batch: one array per column. Numbers, flags and times go as numeric arrays, which
     * the driver sends in binary (times as microseconds since the epoch: formatting two instants per pledge as text
     * was a fifth of the writer thread's samples, docs/performance.md "Runs 10–12"); the statement is a plain one.
     */
    private List<UUID> insert(List<Pending> batch) {
        int n = batch.size();
        String[] ids = new String[n];
        String[] campaigns = new String[n];
        String[] members = new String[n];
        String[] methods = new String[n];
        Long[] amounts = new Long[n];
        String[] currencies = new String[n];
        String[] items = new String[n];
        Integer[] quantities = new Integer[n];
        String[] references = new String[n];
        Boolean[] anonymous = new Boolean[n];
        String[] messages = new String[n];
        String[] referrals = new String[n];
        String[] keys = new String[n];
        String[] hashes = new String[n];
        String[] responses = new String[n];
        long[] created = new long[n];
        Long[] expires = new Long[n];
        for (int i = 0; i < n; i++) {
            Draft d = batch.get(i).draft();
            ids[i] = d.id().toString();
            campaigns[i] = d.campaignId().toString();
            members[i] = d.memberId().toString();
            methods[i] = d.method().name();
            amounts[i] = d.amountMinor();
            currencies[i] = d.currency();
            items[i] = d.itemId() == null ? null : d.itemId().toString();
            quantities[i] = d.quantity();
            references[i] = d.reference();
            anonymous[i] = d.anonymous();
            messages[i] = d.message();
            referrals[i] = d.referral();
            keys[i] = d.key();
            hashes[i] = d.hash();
            responses[i] = d.response();
            created[i] = micros(d.createdAt());
            expires[i] = d.expiresAt() == null ? null : micros(d.expiresAt());
        }
        Object[] columns = {ids, campaigns, members, methods, amounts, currencies, items, quantities, references, anonymous,
                messages, referrals, keys, hashes, responses, created, expires};
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true); // one statement: atomic on its own
            if (System.nanoTime() - carefulUntil >= 0) {
                try {
                    return execute(connection, INSERT_EXPECTING_NO_DUPLICATE, columns, n);
                } catch (SQLException e) {
                    if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                        throw e;
                    }
                    // a retried key or a reference collision: nothing of the statement was stored; skip duplicates
                    // for this batch and for the next second, in case a wave of retries is coming
                    carefulUntil = System.nanoTime() + CAREFUL_AFTER_DUPLICATE_NANOS;
                }
            }
            return execute(connection, INSERT, columns, n);
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("the batch of " + n + " pledges was not stored", e);
        }
    }

    private static List<UUID> execute(Connection connection, String sql, Object[] columns, int n) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (int c = 0; c < columns.length; c++) {
                insert.setObject(c + 1, columns[c]);
            }
            List<UUID> inserted = new ArrayList<>(n);
            try (ResultSet rows = insert.executeQuery()) {
                while (rows.next()) {
                    inserted.add(rows.getObject(1, UUID.class));
                }
            }
            return inserted;
        }
    }

    /**
     * The batch's pledges, the campaigns' new donors, their referrals' counts (V97) and each campaign's tally moved once,
     * in ONE statement: one round trip and one commit per batch, where a transaction of three statements took four, and
     * batches hold only 15–25 pledges at 32–64 connections (docs/performance.md, "Runs 10–12"). Duplicates of an
     * idempotency key, within the batch or with an earlier pledge, are skipped and not counted; the caller sorts them out.
     */
    private static final String INSERT = statement("ON CONFLICT DO NOTHING");

    /**
     * The same statement without {@code ON CONFLICT} on the pledges, tried first: {@code ON CONFLICT} makes PostgreSQL
     * probe each of the three unique indexes (id, member and key, reference) before it inserts a row, and then again
     * as it inserts it. Without it, 100 rows took 2.34 ms instead of 2.84 ms (EXPLAIN ANALYZE, alternating, 20 each,
     * docs/performance.md "Run 18"), and the one writer's statement is what limits the rate at 32 connections. A
     * duplicate (a retried key, two requests with one key in a batch, a reference collision) fails the whole statement
     * with a unique violation, nothing stored; the batch is then written with {@link #INSERT}, and so are the batches of
     * the next second.
     */
    private static final String INSERT_EXPECTING_NO_DUPLICATE = statement("");

    private static final String UNIQUE_VIOLATION = "23505";
    private static final long CAREFUL_AFTER_DUPLICATE_NANOS = TimeUnit.SECONDS.toNanos(1);
    /** Until when ({@link System#nanoTime()}) batches skip duplicates rather than expect none. */
    private volatile long carefulUntil = System.nanoTime();

    private static String statement(String onConflict) {
        return """
            WITH stored AS (
                INSERT INTO pledge (id, campaign_id, member_id, method, amount_minor, currency, item_id, quantity, status,
                                    reference, anonymous, message, referral, idempotency_key, request_hash, response,
                                    created_at, expires_at)
                SELECT t.id::uuid, t.campaign_id::uuid, t.member_id::uuid, t.method, t.amount, t.currency, t.item_id::uuid,
                       t.quantity, 'PLEDGED', t.reference, t.anonymous, t.message, t.referral, t.key, t.hash, t.response,
                       timestamptz 'epoch' + t.created_us * interval '1 microsecond',
                       timestamptz 'epoch' + t.expires_us * interval '1 microsecond'
                FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::bigint[], ?::text[], ?::text[], ?::int[],
                            ?::text[], ?::boolean[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::bigint[],
                            ?::bigint[])
                     AS t(id, campaign_id, member_id, method, amount, currency, item_id, quantity, reference, anonymous,
                          message, referral, key, hash, response, created_us, expires_us)
                %s
                RETURNING id, campaign_id, member_id, amount_minor, referral),
            donors AS (
                INSERT INTO campaign_donor (campaign_id, member_id)
                SELECT DISTINCT campaign_id, member_id FROM stored ORDER BY campaign_id, member_id
                ON CONFLICT DO NOTHING
                RETURNING campaign_id),
            referrals AS (
                INSERT INTO campaign_referral AS r (campaign_id, referral, pledges, amount_minor)
                SELECT campaign_id, referral, count(*), coalesce(sum(amount_minor), 0)
                FROM stored WHERE referral IS NOT NULL GROUP BY campaign_id, referral ORDER BY campaign_id, referral
                ON CONFLICT (campaign_id, referral) DO UPDATE
                    SET pledges = r.pledges + EXCLUDED.pledges, amount_minor = r.amount_minor + EXCLUDED.amount_minor),
            tally AS (
                INSERT INTO campaign_tally (campaign_id, pledged_minor, pledges, donors)
                SELECT s.campaign_id, coalesce(sum(s.amount_minor), 0), count(*),
                       (SELECT count(*) FROM donors d WHERE d.campaign_id = s.campaign_id)
                FROM stored s GROUP BY s.campaign_id ORDER BY s.campaign_id
                ON CONFLICT (campaign_id) DO UPDATE
                    SET pledged_minor = campaign_tally.pledged_minor + EXCLUDED.pledged_minor,
                        pledges = campaign_tally.pledges + EXCLUDED.pledges,
                        donors = campaign_tally.donors + EXCLUDED.donors)
            SELECT id FROM stored""".formatted(onConflict);
    }

    /** Fails the requests, queued or in the batch being written, that waited longer than the write timeout. */
    private void watch() {
        while (running || !queue.isEmpty()) {
            try {
                Thread.sleep(WATCH_EVERY_MS);
            } catch (InterruptedException e) {
                return;
            }
            expire(System.nanoTime());
        }
    }

    private void expire(long now) {
        for (Pending p : writing) {
            expire(p, now);
        }
        for (Pending p : queue) {
            expire(p, now);
        }
    }

    private static void expire(Pending p, long now) {
        if (now - p.deadline() > 0 && !p.result().isDone()) {
            p.result().completeExceptionally(new TimeoutException("the pledge's batch did not commit within the write timeout"));
        }
    }

    /** Microseconds since the epoch: the precision of PostgreSQL's timestamps. */
    static long micros(Instant instant) {
        return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1_000);
    }

    @Override
    public void start() {
        running = true;
        for (int i = 0; i < writers; i++) {
            Thread t = Thread.ofPlatform().daemon().name("pledge-writer-" + i).start(this::loop);
            threads.add(t);
        }
        threads.add(Thread.ofPlatform().daemon().name("pledge-writer-watchdog").start(this::watch));
    }

    @Override
    public void stop() {
        running = false;
        for (Thread t : threads) {
            try {
                t.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        threads.clear();
    }

    /** Started before and stopped after the web server, so that no accepted request finds it gone. */
    @Override
    public int getPhase() {
        return 0;
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
