package org.takatuf.volunteering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;
import org.takatuf.core.UserInputException;
import org.takatuf.identity.CurrentMember;
import org.takatuf.identity.Organisation;
import org.takatuf.support.IntegrationTest;
import org.takatuf.volunteering.internal.City;
import org.takatuf.volunteering.internal.DateException;
import org.takatuf.volunteering.internal.Gender;
import org.takatuf.volunteering.internal.Matching;
import org.takatuf.volunteering.internal.Opportunity;
import org.takatuf.volunteering.internal.OpportunityManagement;
import org.takatuf.volunteering.internal.Shift;
import org.takatuf.volunteering.internal.VolunteerManagement;
import org.takatuf.volunteering.internal.VolunteerProfile;
import org.takatuf.volunteering.internal.WeeklySlot;

@IntegrationTest
@Import(VolunteeringTestConfiguration.class)
class OpportunityAndMatchingIntegrationTest {

    @Autowired
    VolunteeringFixtures fixtures;
    @Autowired
    OpportunityManagement opportunities;
    @Autowired
    VolunteerManagement volunteers;
    @Autowired
    Matching matching;
    @Autowired
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void recurringShiftsEveryFridayForFourWeeks() {
        CurrentMember organiser = fixtures.member("منظمة");
        Organisation org = fixtures.verifiedOrganisation(organiser);
        Opportunity o = fixtures.opportunity(organiser, org, VolunteeringFixtures.command("مراقبو الجري", ActivityType.EVENTS,
                fixtures.nextFriday(), 6, 9, 12, 4));
        List<Shift> shifts = opportunities.shiftsOf(o.getId());
        assertThat(shifts).hasSize(4).allSatisfy(s -> {
            assertThat(s.localDate().getDayOfWeek()).isEqualTo(DayOfWeek.FRIDAY);
            assertThat(s.startsAt().atZone(VolunteeringFixtures.RIYADH).toLocalTime()).isEqualTo(LocalTime.of(6, 0));
            assertThat(s.capacity()).isEqualTo(12);
        });
        assertThat(shifts.get(3).localDate()).isEqualTo(fixtures.nextFriday().plusWeeks(3));
    }

    @Test
    void badShiftsAreRefusedWithClearMessages() {
        CurrentMember organiser = fixtures.member("منظم");
        Organisation org = fixtures.verifiedOrganisation(organiser);
        LocalDate friday = fixtures.nextFriday();
        assertThatThrownBy(() -> fixtures.opportunity(organiser, org, VolunteeringFixtures.command("t", ActivityType.EVENTS, friday, 9, 11, 0, 1)))
                .isInstanceOf(UserInputException.class).hasMessage("volunteering.shift.capacity");
        assertThatThrownBy(() -> fixtures.opportunity(organiser, org, VolunteeringFixtures.command("t", ActivityType.EVENTS, friday, 11, 9, 3, 1)))
                .hasMessage("volunteering.shift.end-before-start");
        assertThatThrownBy(() -> fixtures.opportunity(organiser, org, VolunteeringFixtures.command("t", ActivityType.EVENTS,
                friday.minusWeeks(2), 9, 11, 3, 1))).hasMessage("volunteering.shift.in-past");
        assertThatThrownBy(() -> fixtures.opportunity(organiser, org, VolunteeringFixtures.command("t", ActivityType.EVENTS,
                friday.plusYears(300), 9, 11, 3, 1))).hasMessage("volunteering.date.too-far");
        assertThatThrownBy(() -> fixtures.opportunity(organiser, org, VolunteeringFixtures.command(" ", ActivityType.EVENTS, friday, 9, 11, 3, 1)))
                .hasMessage("volunteering.opportunity.title-required");
        assertThat(opportunities.ofOrganisation(org.organisationId())).isEmpty();
    }

    @Test
    void onlyMembersOfTheVerifiedOrganisationPostShifts() {
        CurrentMember organiser = fixtures.member("منظم");
        Organisation org = fixtures.verifiedOrganisation(organiser);
        CurrentMember stranger = fixtures.member("غريب");
        fixtures.verifiedOrganisation(stranger);
        assertThatThrownBy(() -> fixtures.fridayFoodPacking(stranger, org, 3)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void bestVolunteersForAShiftAreRankedAndExplained() {
        CurrentMember organiser = fixtures.member("منظم");
        Organisation org = fixtures.verifiedOrganisation(organiser);
        Opportunity o = fixtures.fridayFoodPacking(organiser, org, 5);
        Shift shift = opportunities.shiftsOf(o.getId()).getFirst();

        VolunteerProfile fits = fixtures.volunteer(fixtures.member("سارة"), VolunteeringFixtures.food(), VolunteeringFixtures.fridayMornings());
        VolunteerProfile otherInterest = fixtures.volunteer(fixtures.member("ليلى"), EnumSet.of(ActivityType.TECHNOLOGY),
                VolunteeringFixtures.fridayMornings());
        VolunteerProfile notFree = fixtures.volunteer(fixtures.member("هند"), VolunteeringFixtures.food(),
                List.of(WeeklySlot.of(DayOfWeek.SUNDAY, LocalTime.of(8, 0), LocalTime.of(12, 0))));
        CurrentMember farMember = fixtures.member("منى");
        volunteers.save(farMember.id(), VolunteeringFixtures.profile(VolunteeringFixtures.food(), "", City.JEDDAH, 0, 0, 50,
                VolunteeringFixtures.fridayMornings(), List.of(), Gender.FEMALE));
        CurrentMember eidMember = fixtures.member("أمل");
        VolunteerProfile freeThatDay = volunteers.save(eidMember.id(), VolunteeringFixtures.profile(VolunteeringFixtures.food(), "",
                City.RIYADH, 0, 0.01, 20, List.of(), List.of(new DateException(DateException.Kind.FREE, shift.localDate(),
                        shift.localDate())), Gender.FEMALE));

        List<Matching.VolunteerMatch> best = matching.volunteersFor(shift, 50);
        List<UUID> ids = best.stream().map(Matching.VolunteerMatch::memberId).toList();
        assertThat(ids).contains(fits.memberId(), otherInterest.memberId(), freeThatDay.memberId())
                .doesNotContain(notFree.memberId(), farMember.uuid());
        assertThat(ids.indexOf(fits.memberId())).isLessThan(ids.indexOf(otherInterest.memberId()));
        Matching.VolunteerMatch top = best.get(ids.indexOf(fits.memberId()));
        assertThat(top.reasons()).extracting(r -> r.key()).contains("volunteering.reason.free-then", "volunteering.reason.activity",
                "volunteering.reason.distance");
    }

    @Test
    void bestShiftsForAVolunteer() {
        CurrentMember organiser = fixtures.member("منظم");
        Organisation org = fixtures.verifiedOrganisation(organiser);
        Opportunity morning = fixtures.fridayFoodPacking(organiser, org, 5);
        Opportunity evening = fixtures.opportunity(organiser, org, VolunteeringFixtures.command("مساء", ActivityType.FOOD_DISTRIBUTION,
                fixtures.nextFriday(), 18, 20, 5, 1));
        Opportunity tutoring = fixtures.opportunity(organiser, org, VolunteeringFixtures.command("دروس", ActivityType.TUTORING,
                fixtures.nextFriday(), 9, 11, 5, 1));
        VolunteerProfile me = fixtures.volunteer(fixtures.member("نورة"), VolunteeringFixtures.food(), VolunteeringFixtures.fridayMornings());

        List<Matching.ShiftMatch> best = matching.shiftsFor(me, 50);
        List<UUID> opportunityIds = best.stream().map(m -> m.shift().opportunityId()).toList();
        assertThat(opportunityIds).contains(morning.getId(), tutoring.getId()).doesNotContain(evening.getId());
        assertThat(opportunityIds.indexOf(morning.getId())).isLessThan(opportunityIds.indexOf(tutoring.getId()));

        volunteers.pause(new org.takatuf.identity.MemberId(me.memberId()), true);
        assertThat(matching.shiftsFor(volunteers.profileOf(new org.takatuf.identity.MemberId(me.memberId())).orElseThrow(), 50)).isEmpty();
    }

    @Test
    void pastShiftsAreNotSuggested() {
        CurrentMember organiser = fixtures.member("منظم");
        Organisation org = fixtures.verifiedOrganisation(organiser);
        Opportunity o = fixtures.fridayFoodPacking(organiser, org, 5);
        VolunteerProfile me = fixtures.volunteer(fixtures.member("ريم"), VolunteeringFixtures.food(), VolunteeringFixtures.fridayMornings());
        clock.advance(Duration.ofDays(10));
        assertThat(matching.shiftsFor(me, 50)).extracting(m -> m.shift().opportunityId()).doesNotContain(o.getId());
    }
}
