package org.takatuf.volunteering.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.takatuf.identity.OrganisationId;
import org.takatuf.volunteering.ActivityType;
import org.takatuf.volunteering.OpportunityId;
import org.takatuf.volunteering.ShiftId;

/**
 * One shift of an opportunity: when, how many people. What matching needs of the opportunity
 * (activity, skills in folded form, languages, place, minimum age, gender restriction) is copied here.
 */
public record Shift(UUID id, UUID opportunityId, UUID organisationId, ActivityType activityType, List<String> requiredSkills,
                    List<String> languages, Double latitude, Double longitude, boolean remote, Integer minAge,
                    GenderRestriction genderRestriction, Instant startsAt, Instant endsAt, LocalDate localDate, int capacity,
                    int taken, String status, String checkinCode) {

    public ShiftId shiftId() {
        return new ShiftId(id);
    }

    public OpportunityId opportunity() {
        return new OpportunityId(opportunityId);
    }

    public OrganisationId organisation() {
        return new OrganisationId(organisationId);
    }

    public int minutes() {
        return (int) Duration.between(startsAt, endsAt).toMinutes();
    }

    public boolean isFull() {
        return taken >= capacity;
    }

    public int freePlaces() {
        return Math.max(0, capacity - taken);
    }

    public boolean isOpen() {
        return "OPEN".equals(status);
    }
}
