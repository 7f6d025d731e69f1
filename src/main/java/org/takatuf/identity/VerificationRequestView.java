package org.takatuf.identity;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A verification request as pages show it: to the organisation's admins (status, reason) and to
 * platform administrators (note, documents).
 *
 * @param status {@code PENDING}, {@code APPROVED} or {@code REJECTED}
 * @param submittedByName the display name of the organisation admin who sent it
 */
public record VerificationRequestView(UUID id, OrganisationId organisation, String submittedByName, Instant submittedAt,
                                      String note, String status, String reason, Instant decidedAt,
                                      List<DocumentInfo> documents) {

    public boolean isPending() {
        return "PENDING".equals(status);
    }

    /** A document attached to a request (its content is read through {@link OrganisationManagement#document}). */
    public record DocumentInfo(UUID id, String name, String contentType, long sizeBytes) {

        public long sizeKilobytes() {
            return Math.max(1, (sizeBytes + 1023) / 1024);
        }
    }
}
