package org.takatuf.volunteering;

import org.takatuf.identity.MemberId;
import org.takatuf.identity.OrganisationId;

/** A volunteer took a place on a shift, or joined its waitlist ({@code waitlisted}). */
public record VolunteerSignedUp(ShiftId shift, OpportunityId opportunity, OrganisationId organisation, MemberId volunteer,
                                boolean waitlisted) {
}
