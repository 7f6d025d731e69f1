package org.takatuf.core.moderation;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The public things of one module that members may report and moderators may hide. A module implements
 * it as a bean for the types it owns (the same type names as {@code core.activity.CommentTargets}); the
 * moderation module asks it what a reported thing is and tells it to hide or show it again. Each module
 * keeps its own hidden flag and its own rule that a hidden thing answers 404 to the public. It lives in
 * the shared kernel because feature modules may not depend on the moderation module.
 */
public interface ModerationTargets {

    /** The types this module owns, e.g. {@code listing}. */
    Set<String> types();

    /** The thing whether hidden or not, or empty when no such thing exists (or it is not public at all). */
    Optional<Described> describe(String type, UUID id);

    /** Hides the thing from the public; {@code reason} is the moderator's (or the automatic hold's) reason. */
    void hide(String type, UUID id, String reason);

    /** Shows a hidden thing again. */
    void restore(String type, UUID id);

    /**
     * What a moderator needs to judge a report.
     *
     * @param title     a short title or the start of the text (user content, not a message key)
     * @param link      the public page, a path such as {@code /campaigns/…}
     * @param author    the member who wrote it, null when no single member did
     * @param createdAt when it was written
     * @param hidden    whether it is hidden from the public now
     */
    record Described(String title, String link, @Nullable UUID author, Instant createdAt, boolean hidden) {
    }
}
