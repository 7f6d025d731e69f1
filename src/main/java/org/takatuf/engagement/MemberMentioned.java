package org.takatuf.engagement;

import java.util.UUID;

import org.takatuf.identity.MemberId;

/** A comment named a member with {@code @handle}; {@code link} is the page of the comment. */
public record MemberMentioned(UUID comment, MemberId mentioned, MemberId by, String byName, String link) {
}
