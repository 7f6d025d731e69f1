package org.takatuf.volunteering.internal;

import java.time.Instant;
import java.util.UUID;

/** A volunteer's place (or waitlist place) on a shift, and what happened at the shift. */
public record Signup(UUID id, UUID shiftId, UUID memberId, Status status, Instant signedUpAt, Instant cancelledAt,
                     Instant checkedInAt, Instant checkedOutAt, Attendance attendance, Integer minutes, HoursStatus hoursStatus,
                     Instant remindedAt) {

    public enum Status { CONFIRMED, WAITLISTED, CANCELLED }

    public enum Attendance { ATTENDED, NO_SHOW }

    public enum HoursStatus { PENDING, APPROVED }

    public boolean isActive() {
        return status != Status.CANCELLED;
    }
}
