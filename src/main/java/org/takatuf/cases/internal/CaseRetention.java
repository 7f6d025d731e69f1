package org.takatuf.cases.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.takatuf.core.files.FileStorage;

/**
 * Retention (quality line 14): a case closed, rejected or merged longer ago than
 * {@code takatuf.cases.retention} loses its protected details, free texts, district, position, photos
 * and the notes of its timeline. What remains (category, city, household size, status and dates) is
 * enough for statistics and says nothing about the family. The access log keeps who opened which case.
 */
@Component
public class CaseRetention {

    private static final Logger log = LoggerFactory.getLogger(CaseRetention.class);

    private final CaseReports cases;
    private final CaseTimeline timeline;
    private final FileStorage files;
    private final JdbcClient jdbc;
    private final CasesSettings settings;
    private final Clock clock;

    CaseRetention(CaseReports cases, CaseTimeline timeline, FileStorage files, JdbcClient jdbc, CasesSettings settings, Clock clock) {
        this.cases = cases;
        this.timeline = timeline;
        this.files = files;
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(cron = "${takatuf.cases.retention-cron:0 30 3 * * *}")
    void scheduled() {
        int done = anonymiseDue();
        if (done > 0) {
            log.info("Cases: {} closed case(s) anonymised after the retention period", done);
        }
    }

    /** Anonymises every case whose retention period has passed; returns how many. */
    @Transactional
    public int anonymiseDue() {
        Instant now = clock.instant();
        Instant cutoff = now.minus(settings.retention());
        List<UUID> due = jdbc.sql("SELECT id FROM case_report WHERE anonymised_at IS NULL AND status IN ('CLOSED', 'REJECTED', 'MERGED') "
                        + "AND closed_at < ? ORDER BY closed_at LIMIT 1000 FOR UPDATE SKIP LOCKED")
                .param(Timestamp.from(cutoff)).query(UUID.class).list();
        for (UUID id : due) {
            CaseReport report = cases.findById(id).orElseThrow();
            for (String stored : jdbc.sql("SELECT stored_name FROM case_photo WHERE case_id = ?").param(id).query(String.class).list()) {
                files.delete(CaseManagement.PHOTOS, stored);
            }
            jdbc.sql("DELETE FROM case_photo WHERE case_id = ?").param(id).update();
            timeline.eraseNotes(id);
            report.anonymise(now);
            timeline.add(id, CaseTimeline.Kind.ANONYMISED, null, null, null, false);
        }
        return due.size();
    }
}
