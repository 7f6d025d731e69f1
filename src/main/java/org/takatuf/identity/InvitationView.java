package org.takatuf.identity;

import java.time.Instant;

/**
 * An invitation as shown before it is accepted (to the person holding the link) or while it waits
 * (to the organisation's admins).
 */
public record InvitationView(String organisationName, String organisationSlug, String email, OrganisationRole role,
                             Instant createdAt, Instant expiresAt) {
}
