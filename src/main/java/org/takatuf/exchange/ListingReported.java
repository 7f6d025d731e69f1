package org.takatuf.exchange;

import java.util.UUID;

/**
 * A member reported a listing or another member (exactly one of {@code listing} and {@code member} is
 * set). The moderation module's review queue can listen to it; {@code hidden} tells whether the report
 * count already hid the listing.
 */
public record ListingReported(UUID reporter, ListingId listing, UUID member, String reason, boolean hidden) {
}
