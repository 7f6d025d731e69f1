package org.takatuf.advocacy.internal;

import java.time.Instant;
import java.util.UUID;

/** A company's answer to a complaint: public, or private to the complainants. */
public record Response(UUID id, UUID complaintId, UUID authorId, boolean isPublic, String body, Instant createdAt) {
}
