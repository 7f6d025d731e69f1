package org.takatuf.volunteering;

import org.takatuf.identity.OrganisationId;

/** The last place of a shift was taken. */
public record ShiftFilled(ShiftId shift, OpportunityId opportunity, OrganisationId organisation, int capacity) {
}
