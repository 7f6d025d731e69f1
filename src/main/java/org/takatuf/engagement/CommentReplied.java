package org.takatuf.engagement;

import java.util.UUID;

import org.takatuf.identity.MemberId;

/** Someone replied to a member's comment ({@code parentAuthor}); {@code link} is the page of the thread. */
public record CommentReplied(UUID reply, UUID parent, MemberId parentAuthor, MemberId replier, String replierName,
                             String link) {
}
