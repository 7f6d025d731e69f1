package org.takatuf.volunteering;

import java.util.Set;

import org.takatuf.identity.MemberId;

/**
 * A volunteer of the bank as another module may see them: who, what they like to do, their city and
 * how far they are from a given point. No contact, exact place, age or gender leaves the module.
 *
 * @param cityKey    the volunteer's city ({@code volunteering.city.<key>})
 * @param distanceKm great-circle distance from the point asked about, rounded to whole kilometres
 */
public record BankVolunteer(MemberId memberId, String displayName, Set<ActivityType> activityTypes, String cityKey, int distanceKm) {
}
