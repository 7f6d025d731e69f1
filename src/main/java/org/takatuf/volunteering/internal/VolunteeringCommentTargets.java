package org.takatuf.volunteering.internal;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.takatuf.core.activity.CommentTargets;

/** An opportunity carries a comment thread; its page is public, open or closed, and so is the thread. */
@Component
class VolunteeringCommentTargets implements CommentTargets {

    private final OpportunityManagement opportunities;

    VolunteeringCommentTargets(OpportunityManagement opportunities) {
        this.opportunities = opportunities;
    }

    @Override
    public Set<String> types() {
        return Set.of("opportunity");
    }

    @Override
    public Optional<String> page(String type, UUID id) {
        return opportunities.find(id).map(o -> "/opportunities/" + o.getId());
    }

    @Override
    public boolean visibleTo(String type, UUID id, @Nullable UUID memberId) {
        return opportunities.find(id).isPresent();
    }
}
