package org.takatuf.directory.internal;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.takatuf.core.moderation.ModerationTargets;

/** A business can be reported and hidden by a moderator; a hidden business has no page, no listing, no search hit. */
@Component
class DirectoryModerationTargets implements ModerationTargets {

    private final Businesses businesses;

    DirectoryModerationTargets(Businesses businesses) {
        this.businesses = businesses;
    }

    @Override
    public Set<String> types() {
        return Set.of("business");
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Described> describe(String type, UUID id) {
        return businesses.findById(id).map(b -> new Described(b.getName(), "/local/" + b.getSlug(), b.getOwnerId(), b.getCreatedAt(),
                b.isHidden()));
    }

    @Override
    @Transactional
    public void hide(String type, UUID id, String reason) {
        businesses.findById(id).ifPresent(b -> b.hidden(true));
    }

    @Override
    @Transactional
    public void restore(String type, UUID id) {
        businesses.findById(id).ifPresent(b -> b.hidden(false));
    }
}
