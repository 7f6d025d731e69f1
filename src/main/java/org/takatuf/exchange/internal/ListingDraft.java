package org.takatuf.exchange.internal;

import java.util.UUID;

/** What a member fills in to post a listing; checked by {@link ListingManagement#post}. */
public record ListingDraft(ListingKind kind, Category category, Condition condition, boolean swap, String title,
                           String description, String wantedInReturn, String pay, ExchangeCity city, String area, UUID boardId) {
}
