package org.takatuf.core.activity;

import java.util.UUID;

/**
 * A public thing was hidden (by its owner, a moderator or an automatic hold) or shown again. Feeds,
 * tag pages and counters drop what was published about it while it is hidden and bring it back when
 * it is restored. {@code type} is a comment-target type such as {@code campaign}, {@code listing},
 * {@code comment}.
 */
public record ContentVisibilityChanged(String type, UUID id, boolean visible) {
}
