package org.takatuf.moderation.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.takatuf.core.Sha256;

/**
 * The platform's audit log: administrative actions, verification decisions and access to protected data.
 * The application only inserts (there is no update or delete here, and the database's triggers refuse
 * them anyway); each row carries the SHA-256 of the previous row's hash and its own content, so an edit
 * made outside the application, even with the triggers disabled, shows up in {@link #verify()}.
 */
@Component
public class AuditLog {

    static final String GENESIS = "0".repeat(64);
    /** One writer at a time keeps the chain linear. */
    private static final long LOCK = 4242080L;
    public static final int PAGE_SIZE = 50;

    /** One line of the log. */
    public record Entry(long id, Instant at, @Nullable UUID actor, String action, String subjectType, String subjectId,
                        String detail, String previousHash, String hash) {
    }

    /** The result of walking the chain: intact, or the first row that does not match. */
    public record Verification(boolean intact, long rows, @Nullable Long firstBrokenId) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Appends one line, in the caller's transaction (a decision and its audit line commit together). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(@Nullable UUID actor, String action, String subjectType, String subjectId, String detail) {
        recordAt(actor, action, subjectType, subjectId, detail, clock.instant());
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void recordAt(@Nullable UUID actor, String action, String subjectType, String subjectId, String detail, Instant when) {
        Instant at = when.truncatedTo(ChronoUnit.MICROS);
        String text = detail == null ? "" : detail;
        jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(LOCK).query(Object.class).single();
        String previous = jdbc.sql("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1").query(String.class).optional().orElse(GENESIS);
        String hash = hash(previous, at, actor, action, subjectType, subjectId, text);
        jdbc.sql("INSERT INTO audit_log (at, actor_id, action, subject_type, subject_id, detail, previous_hash, hash) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(Timestamp.from(at), actor, action, subjectType, subjectId, text, previous, hash).update();
    }

    /** A page of the log, newest first, optionally only one action (exact) or one subject type. */
    @Transactional(readOnly = true)
    public List<Entry> page(@Nullable String action, @Nullable String subjectType, int page) {
        List<Object> params = new ArrayList<>();
        String where = where(action, subjectType, params);
        params.add(PAGE_SIZE + 1);
        params.add((long) Math.max(0, page) * PAGE_SIZE);
        return jdbc.sql(COLUMNS + where + " ORDER BY id DESC LIMIT ? OFFSET ?").params(params).query(AuditLog::row).list();
    }

    /** Every line that matches, oldest first, handed one at a time (the CSV export). */
    @Transactional(readOnly = true)
    public void each(@Nullable String action, @Nullable String subjectType, Consumer<Entry> sink) {
        List<Object> params = new ArrayList<>();
        String where = where(action, subjectType, params);
        jdbc.sql(COLUMNS + where + " ORDER BY id").params(params).query(AuditLog::row).stream().forEach(sink);
    }

    /** Walks the whole chain from the first row. */
    @Transactional(readOnly = true)
    public Verification verify() {
        String[] previous = {GENESIS};
        long[] rows = {0};
        Long[] broken = {null};
        jdbc.sql(COLUMNS + " ORDER BY id").query(AuditLog::row).stream().forEach(e -> {
            rows[0]++;
            if (broken[0] != null) {
                return;
            }
            if (!e.previousHash().equals(previous[0])
                    || !e.hash().equals(hash(previous[0], e.at(), e.actor(), e.action(), e.subjectType(), e.subjectId(), e.detail()))) {
                broken[0] = e.id();
            }
            previous[0] = e.hash();
        });
        return new Verification(broken[0] == null, rows[0], broken[0]);
    }

    private static final String COLUMNS =
            "SELECT id, at, actor_id, action, subject_type, subject_id, detail, previous_hash, hash FROM audit_log";

    private static String where(@Nullable String action, @Nullable String subjectType, List<Object> params) {
        StringBuilder where = new StringBuilder(" WHERE true");
        if (action != null && !action.isBlank()) {
            where.append(" AND action = ?");
            params.add(action.strip());
        }
        if (subjectType != null && !subjectType.isBlank()) {
            where.append(" AND subject_type = ?");
            params.add(subjectType.strip());
        }
        return where.toString();
    }

    private static Entry row(ResultSet rs, int n) throws SQLException {
        String actor = rs.getString("actor_id");
        return new Entry(rs.getLong("id"), rs.getTimestamp("at").toInstant(), actor == null ? null : UUID.fromString(actor),
                rs.getString("action"), rs.getString("subject_type"), rs.getString("subject_id"), rs.getString("detail"),
                rs.getString("previous_hash"), rs.getString("hash"));
    }

    static String hash(String previous, Instant at, @Nullable UUID actor, String action, String subjectType, String subjectId,
                       String detail) {
        MessageDigest sha = Sha256.digest();
        // fields separated by a unit separator, which none of them contains in practice; lengths guard the rest
        for (String part : List.of(previous, at.truncatedTo(ChronoUnit.MICROS).toString(), actor == null ? "" : actor.toString(),
                action, subjectType, subjectId, detail)) {
            byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
            sha.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
            sha.update((byte) 0x1f);
            sha.update(bytes);
        }
        return HexFormat.of().formatHex(sha.digest());
    }
}
