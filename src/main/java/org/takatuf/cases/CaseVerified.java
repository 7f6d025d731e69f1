package org.takatuf.cases;

import org.takatuf.identity.OrganisationId;

/**
 * An organisation verified a case. Carries only what may be public: the campaigns module can turn it
 * into a fundraising campaign from these fields alone.
 *
 * @param city          the city key (see {@code cases.city.*} messages)
 * @param publicSummary the summary without names, phone or exact address
 */
public record CaseVerified(CaseId caseId, OrganisationId organisationId, CaseCategory category, String city,
                           String publicSummary) {
}
