package org.takatuf.volunteering;

import org.takatuf.identity.MemberId;
import org.takatuf.identity.OrganisationId;

/** An organiser approved a volunteer's hours on a shift; they now count as verified hours. */
public record HoursApproved(ShiftId shift, OrganisationId organisation, MemberId volunteer, int minutes, MemberId approvedBy) {
}
