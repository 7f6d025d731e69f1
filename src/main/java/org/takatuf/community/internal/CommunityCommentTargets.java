package org.takatuf.community.internal;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.takatuf.core.activity.CommentTargets;
import org.takatuf.identity.MemberId;

/** Events and group posts carry comment threads; those of a private group only for its active members, as their pages. */
@Component
class CommunityCommentTargets implements CommentTargets {

    private final Events events;
    private final Groups groups;

    CommunityCommentTargets(Events events, Groups groups) {
        this.events = events;
        this.groups = groups;
    }

    @Override
    public Set<String> types() {
        return Set.of("event", "post");
    }

    @Override
    public Optional<String> page(String type, UUID id) {
        return switch (type) {
            case "event" -> events.find(id).map(e -> "/events/" + e.id());
            case "post" -> groups.post(id).map(p -> "/groups/posts/" + p.id());
            default -> Optional.empty();
        };
    }

    @Override
    public boolean visibleTo(String type, UUID id, @Nullable UUID memberId) {
        MemberId viewer = memberId == null ? null : new MemberId(memberId);
        return switch (type) {
            case "event" -> events.visible(id, viewer).isPresent();
            case "post" -> groups.post(id)
                    .flatMap(p -> groups.byId(p.groupId()))
                    .filter(g -> groups.canSeePosts(g, viewer))
                    .isPresent();
            default -> false;
        };
    }
}
