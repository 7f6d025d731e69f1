package org.takatuf.engagement.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.takatuf.core.NotFoundException;
import org.takatuf.core.activity.CommentTargets;

/**
 * The targets comments may be attached to: every {@link CommentTargets} bean of the feature modules, by
 * type. A thread is only readable or writable while its target exists and the reader may see it; an
 * unknown type, a missing target and an invisible one are all the same 404, so ids cannot be probed.
 */
@Component
public class Targets {

    private final Map<String, CommentTargets> byType = new HashMap<>();

    Targets(List<CommentTargets> owners) {
        for (CommentTargets owner : owners) {
            for (String type : owner.types()) {
                CommentTargets earlier = byType.putIfAbsent(type, owner);
                if (earlier != null) {
                    throw new IllegalStateException("comment target type " + type + " is claimed twice: "
                            + earlier.getClass().getName() + ", " + owner.getClass().getName());
                }
            }
        }
    }

    public boolean isKnown(@Nullable String type) {
        return type != null && byType.containsKey(type);
    }

    public Set<String> types() {
        return Set.copyOf(byType.keySet());
    }

    /** The page of a target, or empty when the type is unknown or the target does not exist. */
    public Optional<String> page(@Nullable String type, @Nullable UUID id) {
        return isKnown(type) && id != null ? byType.get(type).page(type, id) : Optional.empty();
    }

    public boolean visibleTo(@Nullable String type, @Nullable UUID id, @Nullable UUID memberId) {
        return isKnown(type) && id != null && byType.get(type).visibleTo(type, id, memberId);
    }

    /** Fails with a 404 unless the target exists and {@code memberId} may see it. */
    public void requireVisible(@Nullable String type, @Nullable UUID id, @Nullable UUID memberId) {
        if (!visibleTo(type, id, memberId)) {
            throw new NotFoundException("comment target");
        }
    }
}
