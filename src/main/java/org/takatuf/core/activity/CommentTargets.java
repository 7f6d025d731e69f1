package org.takatuf.core.activity;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The things of one module that may carry a comment thread ({@code /engage/comments?type=…&id=…}).
 * A module implements it as a bean for the target types it owns; the comment component asks it whether a
 * target exists, where its page is and whether a reader may see it, so that a thread is never readable
 * or writable by someone who could not open the target's own page. It lives in the shared kernel because
 * engagement may not depend on the feature modules (they may depend on engagement's events instead).
 */
public interface CommentTargets {

    /** The target types this module owns, e.g. {@code event}, {@code post}. */
    Set<String> types();

    /** The address of the target's page, or empty when no such target exists. */
    Optional<String> page(String type, UUID id);

    /** True when the target exists and {@code memberId} (null: an anonymous reader) may see its page. */
    boolean visibleTo(String type, UUID id, @Nullable UUID memberId);
}
