package org.takatuf.exchange.internal;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.takatuf.core.NotFoundException;
import org.takatuf.core.activity.CommentTargets;

/** A listing carries a comment thread, visible by the listing page's own rule: a hidden listing only to its owner. */
@Component
class ExchangeCommentTargets implements CommentTargets {

    private final Listings listings;
    private final ListingManagement management;

    ExchangeCommentTargets(Listings listings, ListingManagement management) {
        this.listings = listings;
        this.management = management;
    }

    @Override
    public Set<String> types() {
        return Set.of("listing");
    }

    @Override
    public Optional<String> page(String type, UUID id) {
        return listings.findById(id).map(l -> "/exchange/listings/" + l.getId());
    }

    @Override
    public boolean visibleTo(String type, UUID id, @Nullable UUID memberId) {
        try {
            management.visible(id, memberId);
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }
}
