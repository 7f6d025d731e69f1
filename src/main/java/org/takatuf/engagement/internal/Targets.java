package org.takatuf.engagement.internal;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The public targets that comments may be attached to, and the page each lives on. A module that wants
 * comments on its pages adds its type here and embeds {@code /engage/comments?type=…&id=…} with htmx.
 * Only public things belong here: the comment thread of a target is readable by anyone.
 */
public final class Targets {

    private static final Map<String, String> PAGES = Map.ofEntries(
            Map.entry("event", "/events/%s"),
            Map.entry("post", "/groups/posts/%s"),
            Map.entry("opportunity", "/opportunities/%s"),
            Map.entry("campaign", "/campaigns/%s"),
            Map.entry("update", "/campaigns/updates/%s"),
            Map.entry("listing", "/exchange/%s"),
            Map.entry("business", "/businesses/%s"),
            Map.entry("complaint", "/complaints/%s"));

    private Targets() {
    }

    public static boolean isKnown(String type) {
        return type != null && PAGES.containsKey(type);
    }

    /** The page of a target, or empty when the type is unknown. */
    public static Optional<String> page(String type, UUID id) {
        return Optional.ofNullable(type == null ? null : PAGES.get(type)).map(p -> p.formatted(id));
    }
}
