package org.takatuf.volunteering.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.takatuf.volunteering.ActivityType;

/** One test per factor of docs/matching.md. */
class MatchScorerUnitTest {

    static final ZoneId RIYADH = ZoneId.of("Asia/Riyadh");
    static final LocalDate FRIDAY = LocalDate.of(2026, 11, 27);
    static final Instant NOW = Instant.parse("2026-11-22T08:00:00Z");

    static VolunteerProfile volunteer(Set<ActivityType> types, List<String> skills, List<String> languages, double lat, double lon,
                                      int radius, boolean remoteOk, Gender gender, AgeBand band, int attended, int noShows,
                                      Instant lastInvited, Integer maxWeek) {
        Availability a = new Availability(RIYADH, List.of(WeeklySlot.of(DayOfWeek.FRIDAY, LocalTime.of(8, 0), LocalTime.of(12, 0))),
                List.of(), maxWeek, null, false);
        return new VolunteerProfile(UUID.randomUUID(), types, skills, languages, City.RIYADH, null, lat, lon, radius, remoteOk,
                null, band, gender, a, attended, noShows, lastInvited);
    }

    static VolunteerProfile basic() {
        return volunteer(EnumSet.of(ActivityType.TUTORING), List.of("إسعافات أولية"), List.of("ar"), City.RIYADH.latitude,
                City.RIYADH.longitude, 20, false, Gender.FEMALE, AgeBand.FROM_25_TO_39, 0, 0, null, null);
    }

    static Shift shift(ActivityType type, List<String> skills, int fromHour, int toHour, boolean remote, double lat, double lon,
                       Integer minAge, GenderRestriction restriction) {
        Instant start = ZonedDateTime.of(FRIDAY, LocalTime.of(fromHour, 0), RIYADH).toInstant();
        Instant end = ZonedDateTime.of(FRIDAY, LocalTime.of(toHour, 0), RIYADH).toInstant();
        return new Shift(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), type, skills.stream().map(Skills::fold).toList(),
                List.of("ar"), remote ? null : lat, remote ? null : lon, remote, minAge, restriction, start, end, FRIDAY, 5, 0, "OPEN", "x");
    }

    static Shift tutoringFridayMorning() {
        return shift(ActivityType.TUTORING, List.of(), 9, 11, false, City.RIYADH.latitude, City.RIYADH.longitude + 0.03, null,
                GenderRestriction.NONE);
    }

    static MatchScorer.Match score(VolunteerProfile v, Shift s) {
        return MatchScorer.score(v, s, MatchScorer.Booked.NONE, NOW, true).orElseThrow();
    }

    static Optional<MatchScorer.Match> maybe(VolunteerProfile v, Shift s) {
        return MatchScorer.score(v, s, MatchScorer.Booked.NONE, NOW, true);
    }

    static List<String> keys(MatchScorer.Match m) {
        return m.reasons().stream().map(Reason::key).toList();
    }

    @Test
    void availabilityFullCoverageScoresMoreThanPartialAndNoneExcludes() {
        MatchScorer.Match full = score(basic(), tutoringFridayMorning());
        MatchScorer.Match partial = score(basic(), shift(ActivityType.TUTORING, List.of(), 11, 13, false, City.RIYADH.latitude,
                City.RIYADH.longitude + 0.03, null, GenderRestriction.NONE));
        assertThat(keys(full)).contains("volunteering.reason.free-then");
        assertThat(partial.reasons()).contains(Reason.of("volunteering.reason.free-part", "1", "2"));
        assertThat(full.score() - partial.score()).isCloseTo(MatchScorer.AVAILABILITY / 2.0, org.assertj.core.data.Offset.offset(0.01));
        assertThat(maybe(basic(), shift(ActivityType.TUTORING, List.of(), 14, 16, false, City.RIYADH.latitude,
                City.RIYADH.longitude, null, GenderRestriction.NONE))).isEmpty();
    }

    @Test
    void activityTypeMatchAddsItsWeightAndSaysWhich() {
        MatchScorer.Match tutoring = score(basic(), tutoringFridayMorning());
        Shift food = shift(ActivityType.FOOD_DISTRIBUTION, List.of(), 9, 11, false, City.RIYADH.latitude, City.RIYADH.longitude + 0.03,
                null, GenderRestriction.NONE);
        MatchScorer.Match other = score(basic(), food);
        assertThat(tutoring.score() - other.score()).isCloseTo(MatchScorer.ACTIVITY, org.assertj.core.data.Offset.offset(0.01));
        assertThat(keys(tutoring)).contains("volunteering.reason.activity");
        assertThat(keys(other)).doesNotContain("volunteering.reason.activity");
    }

    @Test
    void skillsCountInFoldedFormAndShareOfRequired() {
        // the shift asks for "اسعافات اولية" without hamza; the volunteer wrote "إسعافات أولية"
        Shift needsTwo = shift(ActivityType.TUTORING, List.of("اسعافات اوليه", "قيادة"), 9, 11, false, City.RIYADH.latitude,
                City.RIYADH.longitude + 0.03, null, GenderRestriction.NONE);
        MatchScorer.Match m = score(basic(), needsTwo);
        assertThat(m.reasons()).contains(Reason.of("volunteering.reason.skills", "إسعافات أولية"));
        assertThat(m.score() - score(basic(), tutoringFridayMorning()).score())
                .isCloseTo(MatchScorer.SKILLS / 2.0, org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void distanceWithinRadiusScoresCloserHigherAndBeyondExcludes() {
        Shift near = tutoringFridayMorning();
        Shift farther = shift(ActivityType.TUTORING, List.of(), 9, 11, false, City.RIYADH.latitude, City.RIYADH.longitude + 0.15, null,
                GenderRestriction.NONE);
        Shift tooFar = shift(ActivityType.TUTORING, List.of(), 9, 11, false, City.RIYADH.latitude + 1, City.RIYADH.longitude, null,
                GenderRestriction.NONE);
        MatchScorer.Match n = score(basic(), near);
        assertThat(n.score()).isGreaterThan(score(basic(), farther).score());
        assertThat(n.reasons()).contains(Reason.of("volunteering.reason.distance", "3.0"));
        assertThat(maybe(basic(), tooFar)).isEmpty();
    }

    @Test
    void remoteShiftsOnlyForVolunteersWhoAcceptRemote() {
        Shift remote = shift(ActivityType.TUTORING, List.of(), 9, 11, true, 0, 0, null, GenderRestriction.NONE);
        assertThat(maybe(basic(), remote)).isEmpty();
        VolunteerProfile online = volunteer(EnumSet.of(ActivityType.TUTORING), List.of(), List.of("ar"), 0, 0, 0, true, null, null,
                0, 0, null, null);
        assertThat(keys(score(online, remote))).contains("volunteering.reason.remote");
    }

    @Test
    void sharedLanguageAddsItsWeight() {
        VolunteerProfile english = volunteer(EnumSet.of(ActivityType.TUTORING), List.of(), List.of("en"), City.RIYADH.latitude,
                City.RIYADH.longitude, 20, false, Gender.FEMALE, null, 0, 0, null, null);
        MatchScorer.Match arabic = score(basic(), tutoringFridayMorning());
        assertThat(arabic.score() - score(english, tutoringFridayMorning()).score())
                .isCloseTo(MatchScorer.LANGUAGE, org.assertj.core.data.Offset.offset(0.01));
        assertThat(keys(arabic)).contains("volunteering.reason.language");
    }

    @Test
    void reliabilityFromAttendanceHistory() {
        VolunteerProfile reliable = volunteer(EnumSet.of(ActivityType.TUTORING), List.of(), List.of("ar"), City.RIYADH.latitude,
                City.RIYADH.longitude, 20, false, null, null, 9, 1, null, null);
        VolunteerProfile absent = volunteer(EnumSet.of(ActivityType.TUTORING), List.of(), List.of("ar"), City.RIYADH.latitude,
                City.RIYADH.longitude, 20, false, null, null, 1, 5, null, null);
        VolunteerProfile newcomer = volunteer(EnumSet.of(ActivityType.TUTORING), List.of(), List.of("ar"), City.RIYADH.latitude,
                City.RIYADH.longitude, 20, false, null, null, 0, 0, null, null);
        Shift s = tutoringFridayMorning();
        assertThat(score(reliable, s).score()).isGreaterThan(score(newcomer, s).score());
        assertThat(score(newcomer, s).score()).isGreaterThan(score(absent, s).score());
        assertThat(score(reliable, s).reasons()).contains(Reason.of("volunteering.reason.reliable", 9, 10));
        assertThat(score(absent, s).reasons()).contains(Reason.against("volunteering.reason.no-shows", 5, 6));
    }

    @Test
    void fairnessLowersVolunteersInvitedRecently() {
        VolunteerProfile yesterday = volunteer(EnumSet.of(ActivityType.TUTORING), List.of(), List.of("ar"), City.RIYADH.latitude,
                City.RIYADH.longitude, 20, false, null, null, 0, 0, NOW.minus(Duration.ofDays(1)), null);
        VolunteerProfile longAgo = volunteer(EnumSet.of(ActivityType.TUTORING), List.of(), List.of("ar"), City.RIYADH.latitude,
                City.RIYADH.longitude, 20, false, null, null, 0, 0, NOW.minus(Duration.ofDays(30)), null);
        Shift s = tutoringFridayMorning();
        assertThat(score(longAgo, s).score() - score(yesterday, s).score()).isGreaterThan(MatchScorer.FAIRNESS * 0.9);
        assertThat(score(yesterday, s).reasons()).contains(Reason.against("volunteering.reason.recently-invited", 1L));
        // the volunteer's own view of shifts is not lowered
        assertThat(MatchScorer.score(yesterday, s, MatchScorer.Booked.NONE, NOW, false).orElseThrow().score())
                .isEqualTo(score(longAgo, s).score());
    }

    @Test
    void hardRulesGenderAgeAndHourCaps() {
        Shift menOnly = shift(ActivityType.TUTORING, List.of(), 9, 11, false, City.RIYADH.latitude, City.RIYADH.longitude, null,
                GenderRestriction.MEN_ONLY);
        Shift womenOnly = shift(ActivityType.TUTORING, List.of(), 9, 11, false, City.RIYADH.latitude, City.RIYADH.longitude, null,
                GenderRestriction.WOMEN_ONLY);
        assertThat(maybe(basic(), menOnly)).isEmpty();
        assertThat(maybe(basic(), womenOnly)).isPresent();

        Shift adults21 = shift(ActivityType.TUTORING, List.of(), 9, 11, false, City.RIYADH.latitude, City.RIYADH.longitude, 21,
                GenderRestriction.NONE);
        VolunteerProfile band18 = volunteer(EnumSet.of(ActivityType.TUTORING), List.of(), List.of("ar"), City.RIYADH.latitude,
                City.RIYADH.longitude, 20, false, null, AgeBand.FROM_18_TO_24, 0, 0, null, null);
        assertThat(maybe(band18, adults21)).isEmpty();
        assertThat(maybe(basic(), adults21)).isPresent();

        VolunteerProfile capped = volunteer(EnumSet.of(ActivityType.TUTORING), List.of(), List.of("ar"), City.RIYADH.latitude,
                City.RIYADH.longitude, 20, false, null, null, 0, 0, null, 3);
        Shift s = tutoringFridayMorning();
        assertThat(MatchScorer.score(capped, s, new MatchScorer.Booked(60, 60), NOW, true)).isPresent();
        assertThat(MatchScorer.score(capped, s, new MatchScorer.Booked(120, 120), NOW, true)).isEmpty();
    }
}
