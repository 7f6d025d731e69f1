package org.takatuf.exchange.internal;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.takatuf.core.moderation.ModerationTargets;

/** A listing can be reported and hidden by a moderator; a hidden listing is seen by its owner only (as after reports). */
@Component
class ExchangeModerationTargets implements ModerationTargets {

    private final Listings listings;

    ExchangeModerationTargets(Listings listings) {
        this.listings = listings;
    }

    @Override
    public Set<String> types() {
        return Set.of("listing");
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Described> describe(String type, UUID id) {
        return listings.findById(id).map(l -> new Described(l.getTitle(), "/exchange/listings/" + l.getId(), l.getOwnerId(),
                l.getCreatedAt(), l.isHidden()));
    }

    @Override
    @Transactional
    public void hide(String type, UUID id, String reason) {
        listings.findById(id).ifPresent(Listing::hide);
    }

    @Override
    @Transactional
    public void restore(String type, UUID id) {
        listings.findById(id).ifPresent(Listing::unhide);
    }
}
