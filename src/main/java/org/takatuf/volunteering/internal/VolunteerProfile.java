package org.takatuf.volunteering.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.takatuf.volunteering.ActivityType;

/** What a volunteer tells the volunteer bank about themselves. */
public record VolunteerProfile(UUID memberId, Set<ActivityType> activityTypes, List<String> skills, List<String> languages,
                               City city, String area, double latitude, double longitude, int travelRadiusKm,
                               boolean remoteOk, LocalDate birthDate, AgeBand ageBand, Gender gender,
                               Availability availability, int attended, int noShows, Instant lastInvitedAt) {

    /** The lowest age the volunteer can have on {@code day}; -1 when unknown. */
    public int minimumAgeOn(LocalDate day) {
        if (birthDate != null) {
            return Period.between(birthDate, day).getYears();
        }
        return ageBand == null ? -1 : ageBand.lowerBound;
    }
}
