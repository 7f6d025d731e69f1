package org.takatuf.volunteering.internal;

import java.time.ZoneId;
import java.util.List;

import org.takatuf.volunteering.ActivityType;

/** A checked opportunity, ready to be stored. */
public record OpportunityDraft(String title, String description, ActivityType activityType, List<String> requiredSkills,
                               List<String> languages, boolean remote, City city, String area, Double latitude,
                               Double longitude, Integer minAge, GenderRestriction genderRestriction,
                               int cancelDeadlineHours, ZoneId zone) {
}
