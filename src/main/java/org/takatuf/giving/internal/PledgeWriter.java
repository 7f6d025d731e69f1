package org.takatuf.giving.internal;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Group commit of new pledges. Request threads hand their pledge to a queue and wait; a few writer
 * threads take whatever is waiting (up to {@code takatuf.giving.batch-size}) and store it in ONE
 * transaction: the pledge rows (one multi-row insert, duplicates of an idempotency key skipped), the new
 * donors, and one update of each campaign's tally row per batch. One fsync then serves many pledges,
 * and the campaign's counter row is moved once per batch instead of once per pledge, so a viral
 * campaign does not queue behind one hot row. A request is answered only after its batch committed:
 * an accepted pledge is stored; a failed batch fails all its requests (nothing half-written).
 */
@Component
public class PledgeWriter implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PledgeWriter.class);
    private static final char[] ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

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

    private record Pending(Draft draft, Rewriter rewriter, CompletableFuture<Outcome> result) {
    }

    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final int batchSize;
    private final int writers;
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running;

    /**
     * @param dataSource the writer's transactions are plain JDBC ones: it never touches JPA, and the JPA transaction
     *                   manager's session per transaction was a tenth of the pledge path's CPU (docs/performance.md)
     * @param writers    one by default: two writers' batches wait on each other's campaign tally row and share the
     *                   campaign row's foreign-key lock, and were measured slower than one that takes bigger batches
     */
    PledgeWriter(JdbcClient jdbc, DataSource dataSource,
                 @Value("${takatuf.giving.batch-size:256}") int batchSize,
                 @Value("${takatuf.giving.writers:1}") int writers) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(new JdbcTransactionManager(dataSource));
        this.batchSize = batchSize;
        this.writers = writers;
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

    CompletableFuture<Outcome> submit(Draft draft, Rewriter rewriter) {
        if (!running) {
            return CompletableFuture.failedFuture(new IllegalStateException("pledge writer is not running"));
        }
        CompletableFuture<Outcome> result = new CompletableFuture<>();
        queue.add(new Pending(draft, rewriter, result));
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
                write(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (RuntimeException e) {
                log.warn("A batch of {} pledges failed: {}", batch.size(), e.toString());
                batch.forEach(p -> p.result().completeExceptionally(e));
            } finally {
                batch.clear();
            }
        }
    }

    private void write(List<Pending> batch) {
        Map<UUID, Pending> byId = new LinkedHashMap<>();
        batch.forEach(p -> byId.put(p.draft().id(), p));
        Set<UUID> stored = transactions.execute(tx -> {
            List<UUID> inserted = insert(batch);
            List<Draft> drafts = inserted.stream().map(id -> byId.get(id).draft()).toList();
            tally(drafts);
            return new HashSet<>(inserted);
        });
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
                queue.add(new Pending(p.rewriter().withNewReference(p.draft(), newReference()), p.rewriter(), p.result()));
            }
        }
    }

    private List<UUID> insert(List<Pending> batch) {
        int n = batch.size();
        String[][] columns = new String[17][n];
        for (int i = 0; i < n; i++) {
            Draft d = batch.get(i).draft();
            String[] values = {d.id().toString(), d.campaignId().toString(), d.memberId().toString(), d.method().name(),
                    d.amountMinor() == null ? null : d.amountMinor().toString(), d.currency(),
                    d.itemId() == null ? null : d.itemId().toString(), d.quantity() == null ? null : d.quantity().toString(),
                    d.reference(), Boolean.toString(d.anonymous()), d.message(), d.referral(), d.key(), d.hash(), d.response(),
                    d.createdAt().toString(), d.expiresAt() == null ? null : d.expiresAt().toString()};
            for (int c = 0; c < values.length; c++) {
                columns[c][i] = values[c];
            }
        }
        return jdbc.sql("""
                        INSERT INTO pledge (id, campaign_id, member_id, method, amount_minor, currency, item_id, quantity, status,
                                            reference, anonymous, message, referral, idempotency_key, request_hash, response,
                                            created_at, expires_at)
                        SELECT t.id::uuid, t.campaign_id::uuid, t.member_id::uuid, t.method, t.amount::bigint, t.currency,
                               t.item_id::uuid, t.quantity::int, 'PLEDGED', t.reference, t.anonymous::boolean, t.message,
                               t.referral, t.key, t.hash, t.response, t.created_at::timestamptz, t.expires_at::timestamptz
                        FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                                    ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
                             AS t(id, campaign_id, member_id, method, amount, currency, item_id, quantity, reference, anonymous,
                                  message, referral, key, hash, response, created_at, expires_at)
                        ON CONFLICT DO NOTHING
                        RETURNING id""")
                .params((Object[]) columns)
                .query(UUID.class).list();
    }

    /** One upsert of each campaign's tally per batch, and the batch's new distinct donors. */
    private void tally(List<Draft> drafts) {
        if (drafts.isEmpty()) {
            return;
        }
        Map<UUID, long[]> perCampaign = new HashMap<>();
        for (Draft d : drafts) {
            long[] t = perCampaign.computeIfAbsent(d.campaignId(), k -> new long[3]);
            t[0] += d.amountMinor() == null ? 0 : d.amountMinor();
            t[1]++;
        }
        String[] campaigns = drafts.stream().map(d -> d.campaignId().toString()).toArray(String[]::new);
        String[] members = drafts.stream().map(d -> d.memberId().toString()).toArray(String[]::new);
        jdbc.sql("""
                        INSERT INTO campaign_donor (campaign_id, member_id)
                        SELECT DISTINCT c::uuid, m::uuid FROM unnest(?::text[], ?::text[]) AS t(c, m)
                        ON CONFLICT DO NOTHING RETURNING campaign_id""")
                .params(campaigns, members).query(UUID.class).list()
                .forEach(c -> perCampaign.get(c)[2]++);
        // a stable order of the tally rows so that two writers never deadlock
        perCampaign.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> jdbc.sql("""
                        INSERT INTO campaign_tally (campaign_id, pledged_minor, pledges, donors) VALUES (?, ?, ?, ?)
                        ON CONFLICT (campaign_id) DO UPDATE SET pledged_minor = campaign_tally.pledged_minor + EXCLUDED.pledged_minor,
                            pledges = campaign_tally.pledges + EXCLUDED.pledges, donors = campaign_tally.donors + EXCLUDED.donors""")
                .params(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2]).update());
    }

    @Override
    public void start() {
        running = true;
        for (int i = 0; i < writers; i++) {
            Thread t = Thread.ofPlatform().daemon().name("pledge-writer-" + i).start(this::loop);
            threads.add(t);
        }
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
