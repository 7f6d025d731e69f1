package org.takatuf.community;

import java.util.UUID;

import org.takatuf.identity.MemberId;

/** A group's admin or moderator let a member in. */
public record GroupJoinApproved(UUID group, String slug, String groupName, MemberId member) {
}
