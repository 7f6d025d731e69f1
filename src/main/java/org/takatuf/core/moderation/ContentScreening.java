package org.takatuf.core.moderation;

import java.util.Optional;
import java.util.UUID;

/**
 * The automatic hold, asked by a module before it stores a new public text: links from new accounts, the same
 * text on several things, link-only text, listed words. When it answers a reason, it has already queued the
 * thing for review (in the caller's transaction) and the caller stores the thing hidden, so that the public
 * never sees it before a moderator does. Implemented by the moderation module; a module asks for it through an
 * {@code ObjectProvider} so that it still works without one.
 */
public interface ContentScreening {

    /** Empty when the text may be published at once; otherwise the hold's reason key (queued already). */
    Optional<String> screen(String type, UUID id, UUID author, String text);

    /**
     * A module hid a thing by itself because several members reported it (the exchange's rule of 3): queue it
     * for a moderator, who confirms the hide or restores it. Called in the module's transaction.
     */
    default void hiddenByReports(String type, UUID id, UUID author) {
    }
}
