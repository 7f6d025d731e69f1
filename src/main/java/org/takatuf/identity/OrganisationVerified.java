package org.takatuf.identity;

/** An administrator verified an organisation. */
public record OrganisationVerified(OrganisationId organisation, MemberId decidedBy) {
}
