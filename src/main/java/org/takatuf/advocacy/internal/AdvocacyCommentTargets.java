package org.takatuf.advocacy.internal;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.takatuf.core.activity.CommentTargets;

/**
 * A complaint carries a comment thread only while it is public (sent, not hidden): a draft or a hidden
 * complaint has no thread, not even for its author or a moderator, who see the complaint on its page.
 */
@Component
class AdvocacyCommentTargets implements CommentTargets {

    private final ComplaintManagement complaints;

    AdvocacyCommentTargets(ComplaintManagement complaints) {
        this.complaints = complaints;
    }

    @Override
    public Set<String> types() {
        return Set.of("complaint");
    }

    @Override
    public Optional<String> page(String type, UUID id) {
        return complaints.find(id).map(c -> "/complaints/" + c.id());
    }

    @Override
    public boolean visibleTo(String type, UUID id, @Nullable UUID memberId) {
        return complaints.find(id).filter(Complaint::isPublic).isPresent();
    }
}
