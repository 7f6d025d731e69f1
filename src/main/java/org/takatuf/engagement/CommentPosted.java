package org.takatuf.engagement;

import java.util.UUID;

import org.takatuf.identity.MemberId;

/** A comment (or a reply, when {@code parent} is not null) was posted on a public target. */
public record CommentPosted(UUID comment, String targetType, UUID targetId, UUID parent, MemberId author, String link) {
}
