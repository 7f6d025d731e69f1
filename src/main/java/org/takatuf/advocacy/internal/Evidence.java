package org.takatuf.advocacy.internal;

import java.time.Instant;
import java.util.UUID;

/** A cleaned image (photo, receipt, screenshot) attached to a complaint by its author or a "me too" supporter. */
public record Evidence(UUID id, UUID complaintId, UUID ownerId, String caption, String fileName, String contentType,
                       Instant createdAt) {
}
