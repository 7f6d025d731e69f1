package org.takatuf.identity;

/** An administrator refused an organisation's verification request, with a reason. */
public record OrganisationRejected(OrganisationId organisation, MemberId decidedBy, String reason) {
}
