package org.takatuf.volunteering.internal;

/** A shift as an iCalendar file: the shared {@link org.takatuf.core.calendar.CalendarFiles} with the shift's times. */
public final class CalendarFiles {

    private CalendarFiles() {
    }

    public static String of(Shift shift, String title, String place, String description, String url) {
        return org.takatuf.core.calendar.CalendarFiles.of("-//Takatuf//Volunteering//AR",
                new org.takatuf.core.calendar.CalendarFiles.Entry(shift.id() + "@takatuf", shift.startsAt(), shift.endsAt(),
                        title, place, description, url));
    }
}
