package org.takatuf.exchange;

import java.util.UUID;

/** A member posted a listing (kind and city are keys, e.g. {@code ask-thing}, {@code beirut}). */
public record ListingPosted(ListingId listing, UUID owner, String kind, String category, String city, UUID board) {
}
