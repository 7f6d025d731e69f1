package org.takatuf.community;

import java.util.List;
import java.util.UUID;

import org.takatuf.identity.MemberId;

/** A member asked to join a private or women-only group; its admins and moderators ({@code deciders}) decide. */
public record GroupJoinRequested(UUID group, String slug, String groupName, MemberId requester, String requesterName,
                                 List<MemberId> deciders) {
}
