package org.takatuf.cases;

import org.takatuf.identity.MemberId;
import org.takatuf.identity.OrganisationId;

/**
 * The hook for the volunteer bank: an organisation assigned one of its members to a case. The
 * volunteering module may listen to it (e.g. to count the task or propose an opportunity); the cases
 * module does not depend on it.
 */
public record CaseVolunteerAssigned(CaseId caseId, OrganisationId organisationId, MemberId volunteer, CaseCategory category,
                                    String city) {
}
