package org.takatuf.cases.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The steps of a case. Each step is a kind (rendered as plain text {@code cases.timeline.<kind>} in
 * the reader's language), the organisation that took it and an optional note. Internal steps (the note
 * of how a case was verified, duplicates) are not shown to the reporter.
 */
@Component
public class CaseTimeline {

    /** What happened. */
    public enum Kind {
        REPORTED, CLAIMED, VERIFIED, REJECTED, MERGED, HANDED_OVER, ADOPTED, VOLUNTEER_ASSIGNED, AID_GIVEN, PUBLISHED,
        UNPUBLISHED, CLOSED, ANONYMISED;

        public String messageKey() {
            return "cases.timeline." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }

        /** The note of how a case was verified is internal; reasons, what was given and outcomes are for the reporter. */
        public boolean noteForReporter() {
            return this != VERIFIED;
        }
    }

    /** One step. */
    public record Entry(long id, Kind kind, UUID organisationId, UUID memberId, String note, boolean visibleToReporter,
                        Instant createdAt) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    CaseTimeline(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void add(UUID caseId, Kind kind, UUID organisationId, UUID memberId, String note, boolean visibleToReporter) {
        jdbc.sql("INSERT INTO case_event (case_id, kind, organisation_id, member_id, note, visible_to_reporter, created_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(caseId, kind.name(), organisationId, memberId, note, visibleToReporter, Timestamp.from(clock.instant()))
                .update();
    }

    public List<Entry> of(UUID caseId, boolean reporterOnly) {
        return jdbc.sql("SELECT id, kind, organisation_id, member_id, note, visible_to_reporter, created_at FROM case_event "
                        + "WHERE case_id = ? " + (reporterOnly ? "AND visible_to_reporter " : "") + "ORDER BY id")
                .param(caseId)
                .query((rs, n) -> {
                    Kind kind = Kind.valueOf(rs.getString(2));
                    String note = reporterOnly && !kind.noteForReporter() ? null : rs.getString(5);
                    return new Entry(rs.getLong(1), kind, rs.getObject(3, UUID.class), rs.getObject(4, UUID.class), note,
                            rs.getBoolean(6), rs.getTimestamp(7).toInstant());
                })
                .list();
    }

    /** Retention: notes may name people; the steps themselves stay. */
    void eraseNotes(UUID caseId) {
        jdbc.sql("UPDATE case_event SET note = NULL WHERE case_id = ?").param(caseId).update();
    }
}
