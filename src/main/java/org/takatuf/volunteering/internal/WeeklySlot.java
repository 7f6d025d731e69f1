package org.takatuf.volunteering.internal;

import java.time.DayOfWeek;
import java.time.LocalTime;

/**
 * A weekly free time in the volunteer's own time zone, e.g. Friday 08:00–12:00. Minutes count from
 * local midnight; {@code endMinute} 1440 means "until midnight".
 */
public record WeeklySlot(DayOfWeek day, int startMinute, int endMinute) {

    public static WeeklySlot of(DayOfWeek day, LocalTime start, LocalTime end) {
        int endMinute = end.equals(LocalTime.MIDNIGHT) ? 1440 : end.getHour() * 60 + end.getMinute();
        return new WeeklySlot(day, start.getHour() * 60 + start.getMinute(), endMinute);
    }

    public LocalTime start() {
        return LocalTime.of(startMinute / 60, startMinute % 60);
    }

    public LocalTime end() {
        return endMinute == 1440 ? LocalTime.MIDNIGHT : LocalTime.of(endMinute / 60, endMinute % 60);
    }

    public int minutes() {
        return endMinute - startMinute;
    }
}
