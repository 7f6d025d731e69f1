package org.takatuf.exchange;

import java.util.UUID;

/** Both sides confirmed that a thing or a service was handed over. */
public record HandoverCompleted(UUID handover, ListingId listing, UUID giver, UUID receiver, String kind, String city, UUID board) {
}
