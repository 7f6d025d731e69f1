package org.takatuf.cases.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.takatuf.core.Sha256;

/**
 * Who opened which case's protected details, when and why. The application only appends; each row
 * carries the SHA-256 of the previous row's hash and its own content, so an edit or a deletion made
 * outside the application shows up in {@link #verifyChain()}.
 */
@Component
public class AccessLog {

    static final String GENESIS = "0".repeat(64);

    /** One opening. */
    public record Entry(long id, UUID caseId, UUID memberId, UUID organisationId, String reason, Instant openedAt,
                        String previousHash, String hash) {
    }

    private final JdbcClient jdbc;

    AccessLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(UUID caseId, UUID memberId, UUID organisationId, String reason, Instant when) {
        Instant at = when.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        // one writer at a time keeps the chain linear
        jdbc.sql("SELECT pg_advisory_xact_lock(4242001)").query(Object.class).single();
        String previous = jdbc.sql("SELECT hash FROM case_access_log ORDER BY id DESC LIMIT 1").query(String.class).optional()
                .orElse(GENESIS);
        String hash = hash(previous, caseId, memberId, organisationId, reason, at);
        jdbc.sql("INSERT INTO case_access_log (case_id, member_id, organisation_id, reason, opened_at, previous_hash, hash) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(caseId, memberId, organisationId, reason, Timestamp.from(at), previous, hash).update();
    }

    public List<Entry> recent(int limit, UUID caseId) {
        String columns = "SELECT id, case_id, member_id, organisation_id, reason, opened_at, previous_hash, hash FROM case_access_log ";
        if (caseId == null) {
            return jdbc.sql(columns + "ORDER BY id DESC LIMIT ?").param(limit).query(AccessLog::row).list();
        }
        return jdbc.sql(columns + "WHERE case_id = ? ORDER BY id DESC LIMIT ?").params(caseId, limit).query(AccessLog::row).list();
    }

    /** True when every row links to the one before and its hash matches its content. */
    public boolean verifyChain() {
        List<Entry> all = jdbc.sql("SELECT id, case_id, member_id, organisation_id, reason, opened_at, previous_hash, hash "
                + "FROM case_access_log ORDER BY id").query(AccessLog::row).list();
        String previous = GENESIS;
        for (Entry e : all) {
            if (!e.previousHash().equals(previous)
                    || !e.hash().equals(hash(previous, e.caseId(), e.memberId(), e.organisationId(), e.reason(), e.openedAt()))) {
                return false;
            }
            previous = e.hash();
        }
        return true;
    }

    private static Entry row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Entry(rs.getLong(1), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class), rs.getObject(4, UUID.class),
                rs.getString(5), rs.getTimestamp(6).toInstant(), rs.getString(7), rs.getString(8));
    }

    static String hash(String previous, UUID caseId, UUID memberId, UUID organisationId, String reason, Instant at) {
        // microseconds: what PostgreSQL keeps of the instant
        long micros = at.getEpochSecond() * 1_000_000L + at.getNano() / 1_000;
        String content = String.join("\u001F", previous, caseId.toString(), memberId.toString(),
                organisationId == null ? "" : organisationId.toString(), reason, Long.toString(micros));
        return Sha256.hex(content);
    }
}
