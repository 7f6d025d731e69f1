package org.takatuf.core.moderation;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Somebody opened protected data (a case's encrypted details): the owning module keeps its own access
 * log and publishes this so that the platform's audit log records it too.
 */
public record ProtectedDataOpened(String kind, UUID subject, UUID member, @Nullable UUID organisation, String reason,
                                  Instant openedAt) {
}
