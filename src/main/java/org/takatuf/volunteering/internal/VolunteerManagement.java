package org.takatuf.volunteering.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.takatuf.core.UserInputException;
import org.takatuf.identity.MemberId;

/** Volunteer profiles and availability: each volunteer reads and changes only their own. */
@Service
public class VolunteerManagement {

    static final int MAX_SLOTS = 28;
    static final int MAX_EXCEPTIONS = 20;

    private final VolunteerProfiles profiles;
    private final Clock clock;

    VolunteerManagement(VolunteerProfiles profiles, Clock clock) {
        this.profiles = profiles;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<VolunteerProfile> profileOf(MemberId member) {
        return profiles.find(member.value());
    }

    /** Checks and stores the profile of the signed-in member (never anybody else's: the id comes from the session). */
    @Transactional
    public VolunteerProfile save(MemberId member, ProfileCommand c) {
        VolunteerProfile profile = check(member, c);
        profiles.save(profile);
        return profile;
    }

    @Transactional
    public void pause(MemberId member, boolean paused) {
        if (profiles.find(member.value()).isEmpty()) {
            throw new UserInputException("volunteering.profile.missing");
        }
        profiles.setPaused(member.value(), paused);
    }

    VolunteerProfile check(MemberId member, ProfileCommand c) {
        if (c.activityTypes() == null || c.activityTypes().isEmpty()) {
            throw new UserInputException("volunteering.profile.activity-required");
        }
        if (c.city() == null) {
            throw new UserInputException("volunteering.profile.city-required");
        }
        if (c.zone() == null) {
            throw new UserInputException("volunteering.profile.zone-required");
        }
        if (c.area() != null && c.area().length() > 100) {
            throw new UserInputException("volunteering.profile.area-too-long");
        }
        if (c.travelRadiusKm() < 0 || c.travelRadiusKm() > Matching.MAX_RADIUS_KM) {
            throw new UserInputException("volunteering.profile.radius", Matching.MAX_RADIUS_KM);
        }
        double latitude = c.latitude() == null ? c.city().latitude : c.latitude();
        double longitude = c.longitude() == null ? c.city().longitude : c.longitude();
        if ((c.latitude() == null) != (c.longitude() == null) || latitude < -90 || latitude > 90 || longitude < -180 || longitude > 180) {
            throw new UserInputException("volunteering.profile.coordinates");
        }
        if (c.latitude() != null && Geo.distanceKm(latitude, longitude, c.city().latitude, c.city().longitude) > 150) {
            throw new UserInputException("volunteering.profile.coordinates-far");
        }
        List<String> languages = c.languages() == null ? List.of() : c.languages().stream().distinct().toList();
        if (languages.stream().anyMatch(l -> !Languages.known(l))) {
            throw new UserInputException("error.400");
        }
        LocalDate today = Availability.today(clock, c.zone());
        if (c.birthDate() != null) {
            if (c.birthDate().isAfter(today)) {
                throw new UserInputException("volunteering.profile.birth-future");
            }
            if (c.birthDate().isBefore(today.minusYears(120))) {
                throw new UserInputException("volunteering.profile.birth-too-old");
            }
        }
        if (c.slots().size() > MAX_SLOTS || c.exceptions().size() > MAX_EXCEPTIONS) {
            throw new UserInputException("volunteering.availability.too-many");
        }
        Availability availability = new Availability(c.zone(), c.slots(), c.exceptions(), c.maxHoursWeek(), c.maxHoursMonth(),
                c.paused());
        availability.validate(today);
        VolunteerProfile existing = profiles.find(member.value()).orElse(null);
        return new VolunteerProfile(member.value(), c.activityTypes(), Skills.parse(c.skills()), languages, c.city(),
                c.area() == null || c.area().isBlank() ? null : c.area().strip(), latitude, longitude, c.travelRadiusKm(),
                c.remoteOk(), c.birthDate(), c.ageBand(), c.gender(), availability,
                existing == null ? 0 : existing.attended(), existing == null ? 0 : existing.noShows(),
                existing == null ? null : existing.lastInvitedAt());
    }
}
