package org.takatuf.cases;

import org.takatuf.identity.MemberId;
import org.takatuf.identity.OrganisationId;

/**
 * An organisation assigned a volunteer to a case: one of its own members, or a volunteer of the
 * volunteer bank in the case's city ({@code fromVolunteerBank}). Carries no protected detail.
 */
public record CaseVolunteerAssigned(CaseId caseId, OrganisationId organisationId, MemberId volunteer, CaseCategory category,
                                    String city, boolean fromVolunteerBank) {
}
