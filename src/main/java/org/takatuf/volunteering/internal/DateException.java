package org.takatuf.volunteering.internal;

import java.time.LocalDate;

/** Whole days on which the weekly grid does not apply: free all day, or away. */
public record DateException(Kind kind, LocalDate firstDay, LocalDate lastDay) {

    public enum Kind { FREE, AWAY }

    public boolean covers(LocalDate day) {
        return !day.isBefore(firstDay) && !day.isAfter(lastDay);
    }
}
