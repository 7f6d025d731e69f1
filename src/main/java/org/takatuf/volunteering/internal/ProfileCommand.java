package org.takatuf.volunteering.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.takatuf.volunteering.ActivityType;

/** A volunteer's profile and availability as entered, before checks. */
public record ProfileCommand(Set<ActivityType> activityTypes, String skills, List<String> languages, City city, String area,
                             Double latitude, Double longitude, int travelRadiusKm, boolean remoteOk, LocalDate birthDate,
                             AgeBand ageBand, Gender gender, ZoneId zone, List<WeeklySlot> slots,
                             List<DateException> exceptions, Integer maxHoursWeek, Integer maxHoursMonth, boolean paused) {
}
