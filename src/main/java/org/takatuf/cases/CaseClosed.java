package org.takatuf.cases;

import org.takatuf.identity.OrganisationId;

/** An organisation closed a case (help given, or nothing more to do). */
public record CaseClosed(CaseId caseId, OrganisationId organisationId) {
}
