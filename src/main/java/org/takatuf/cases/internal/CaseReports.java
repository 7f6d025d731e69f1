package org.takatuf.cases.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** The case reports. */
public interface CaseReports extends JpaRepository<CaseReport, UUID> {

    Optional<CaseReport> findBySubmissionKey(String submissionKey);

    Optional<CaseReport> findByFollowTokenHash(String followTokenHash);

    List<CaseReport> findByReporterIdOrderByReportedAtDesc(UUID reporterId);

    List<CaseReport> findByPublishedTrueOrderByUpdatedAtDesc(Pageable page);

    /** The triage queue of one organisation: open cases in its cities and categories or that it handles; urgent first, then oldest. */
    @Query(value = """
            SELECT c.* FROM case_report c
            WHERE c.status IN ('NEW', 'CLAIMED', 'VERIFIED', 'ADOPTED')
              AND (c.handling_org_id = :org OR EXISTS (SELECT 1 FROM case_coverage v
                   WHERE v.organisation_id = :org AND v.city = c.city AND v.category = c.category))
            ORDER BY CASE c.urgency WHEN 'CRITICAL' THEN 3 WHEN 'HIGH' THEN 2 ELSE 1 END DESC, c.reported_at ASC, c.id
            LIMIT 300""", nativeQuery = true)
    List<CaseReport> queue(@Param("org") UUID organisation);
}
