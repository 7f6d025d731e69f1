package org.takatuf.volunteering.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.takatuf.volunteering.ActivityType;

/** An opportunity and its first shift(s) as an organiser entered them, before checks. */
public record OpportunityCommand(String title, String description, ActivityType activityType, String requiredSkills,
                                 List<String> languages, boolean remote, City city, String area, Double latitude,
                                 Double longitude, Integer minAge, GenderRestriction genderRestriction,
                                 Integer cancelDeadlineHours, ZoneId zone, List<ShiftSpec> shifts) {

    /**
     * A shift in the opportunity's local time, repeated weekly {@code weeks} times (1 = once): "every
     * Friday for 8 weeks".
     */
    public record ShiftSpec(LocalDate date, LocalTime start, LocalTime end, int capacity, int weeks) {
    }
}
