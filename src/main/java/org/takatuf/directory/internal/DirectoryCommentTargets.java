package org.takatuf.directory.internal;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.takatuf.core.activity.CommentTargets;

/** A business carries a comment thread on its page {@code /local/{slug}}; a hidden business has neither. */
@Component
class DirectoryCommentTargets implements CommentTargets {

    private final Directory directory;

    DirectoryCommentTargets(Directory directory) {
        this.directory = directory;
    }

    @Override
    public Set<String> types() {
        return Set.of("business");
    }

    @Override
    public Optional<String> page(String type, UUID id) {
        return directory.find(id).map(b -> "/local/" + b.getSlug());
    }

    @Override
    public boolean visibleTo(String type, UUID id, @Nullable UUID memberId) {
        return directory.find(id).isPresent();
    }
}
