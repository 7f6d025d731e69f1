package org.takatuf.exchange;

import java.util.UUID;

/** An ask and an offer fit each other; both owners were told. */
public record ListingMatched(ListingId ask, UUID askOwner, ListingId offer, UUID offerOwner, int score) {
}
