package org.takatuf.volunteering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.takatuf.core.ConflictException;
import org.takatuf.identity.CurrentMember;
import org.takatuf.identity.Organisation;
import org.takatuf.platform.MailCatcher;
import org.takatuf.support.IntegrationTest;
import org.takatuf.volunteering.internal.Opportunity;
import org.takatuf.volunteering.internal.OpportunityManagement;
import org.takatuf.volunteering.internal.Reminders;
import org.takatuf.volunteering.internal.Shift;
import org.takatuf.volunteering.internal.Signup;
import org.takatuf.volunteering.internal.SignupManagement;

@IntegrationTest
@Import(VolunteeringTestConfiguration.class)
@RecordApplicationEvents
class SignupIntegrationTest {

    @Autowired
    VolunteeringFixtures fixtures;
    @Autowired
    OpportunityManagement opportunities;
    @Autowired
    SignupManagement signups;
    @Autowired
    Reminders reminders;
    @Autowired
    MailCatcher mail;
    @Autowired
    MutableClock clock;
    @Autowired
    ApplicationEvents events;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    Shift shiftWithCapacity(int capacity) {
        CurrentMember organiser = fixtures.member("منظم");
        Organisation org = fixtures.verifiedOrganisation(organiser);
        Opportunity o = fixtures.fridayFoodPacking(organiser, org, capacity);
        return opportunities.shiftsOf(o.getId()).getFirst();
    }

    CurrentMember volunteer(String name) {
        CurrentMember m = fixtures.member(name);
        fixtures.volunteer(m, VolunteeringFixtures.food(), VolunteeringFixtures.fridayMornings());
        return m;
    }

    @Test
    void fullShiftPutsTheNextVolunteerOnTheWaitlistAndCancellationPromotesThem() {
        Shift shift = shiftWithCapacity(1);
        CurrentMember first = volunteer("الأول");
        CurrentMember second = volunteer("الثاني");

        Signup a = signups.signUp(first.id(), shift.id());
        Signup b = signups.signUp(second.id(), shift.id());
        assertThat(a.status()).isEqualTo(Signup.Status.CONFIRMED);
        assertThat(b.status()).isEqualTo(Signup.Status.WAITLISTED);
        assertThat(events.stream(ShiftFilled.class).filter(e -> e.shift().value().equals(shift.id()))).hasSize(1);
        assertThat(events.stream(VolunteerSignedUp.class).filter(e -> e.shift().value().equals(shift.id()))).hasSize(2);
        assertThatThrownBy(() -> signups.signUp(first.id(), shift.id())).isInstanceOf(ConflictException.class)
                .hasMessage("volunteering.signup.already");

        signups.cancel(first.id(), a.id());
        assertThat(signups.mineOn(second.id(), shift.id()).orElseThrow().status()).isEqualTo(Signup.Status.CONFIRMED);
        assertThat(opportunities.shift(shift.id()).orElseThrow().taken()).isEqualTo(1);
        assertThat(mail.messagesTo(second.email())).anySatisfy(m -> assertThat(m.subject()).isEqualTo("حصلت على مكان في الوردية"));
    }

    @Test
    void twoVolunteersTakingTheLastPlaceAtOnceCannotBothGetIt() throws Exception {
        for (int round = 0; round < 3; round++) {
            Shift shift = shiftWithCapacity(1);
            List<CurrentMember> people = List.of(volunteer("أ"), volunteer("ب"));
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                List<Future<Signup>> results = new ArrayList<>();
                for (CurrentMember p : people) {
                    Callable<Signup> task = () -> {
                        start.await();
                        return signups.signUp(p.id(), shift.id());
                    };
                    results.add(pool.submit(task));
                }
                start.countDown();
                List<Signup.Status> statuses = new ArrayList<>();
                for (Future<Signup> f : results) {
                    statuses.add(f.get().status());
                }
                assertThat(statuses).containsExactlyInAnyOrder(Signup.Status.CONFIRMED, Signup.Status.WAITLISTED);
                assertThat(opportunities.shift(shift.id()).orElseThrow().taken()).isEqualTo(1);
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void cancellingAfterTheOrganisationsDeadlineIsRefused() {
        Shift shift = shiftWithCapacity(3);
        CurrentMember v = volunteer("متأخر");
        Signup s = signups.signUp(v.id(), shift.id());
        clock.advance(Duration.between(clock.instant(), shift.startsAt()).minus(Duration.ofHours(2)));
        assertThatThrownBy(() -> signups.cancel(v.id(), s.id())).isInstanceOf(ConflictException.class)
                .hasMessage("volunteering.cancel.too-late");
    }

    @Test
    void anotherVolunteerCannotCancelMySignup() {
        Shift shift = shiftWithCapacity(3);
        CurrentMember me = volunteer("أنا");
        CurrentMember other = volunteer("غيري");
        Signup mine = signups.signUp(me.id(), shift.id());
        assertThatThrownBy(() -> signups.cancel(other.id(), mine.id())).isInstanceOf(org.takatuf.core.NotFoundException.class);
        assertThat(signups.mineOn(me.id(), shift.id()).orElseThrow().status()).isEqualTo(Signup.Status.CONFIRMED);
    }

    @Test
    void remindersGoOutOnceByMailAndInTheAppTheDayBefore() {
        Shift shift = shiftWithCapacity(3);
        CurrentMember v = volunteer("تذكير");
        signups.signUp(v.id(), shift.id());
        clock.advance(Duration.between(clock.instant(), shift.startsAt()).minus(Duration.ofHours(20)));
        reminders.sendDue();
        reminders.sendDue();
        assertThat(mail.messagesTo(v.email())).filteredOn(m -> m.subject().equals("تذكير بورديتك القادمة")).singleElement()
                // the opportunity's title inside the sentence is bidi-isolated
                .satisfies(m -> assertThat(m.textBody()).contains("ورديتك «\u2068تعبئة سلال رمضان ").contains("\u2069» تبدأ"));
        assertThat(fixtures.notices(v)).contains("volunteering.notice.reminder");
    }

    @Test
    void checkInOutNoShowAndBulkApprovalMakeVerifiedHours() {
        CurrentMember organiser = fixtures.member("منظمة");
        Organisation org = fixtures.verifiedOrganisation(organiser);
        Opportunity o = fixtures.fridayFoodPacking(organiser, org, 3);
        Shift shift = opportunities.shiftsOf(o.getId()).getFirst();
        CurrentMember came = volunteer("حضر");
        CurrentMember absent = volunteer("غاب");
        Signup c = signups.signUp(came.id(), shift.id());
        Signup a = signups.signUp(absent.id(), shift.id());

        assertThatThrownBy(() -> signups.checkIn(organiser.id(), c.id())).hasMessage("volunteering.checkin.outside-window");
        clock.advance(Duration.between(clock.instant(), shift.startsAt()));
        signups.checkIn(organiser.id(), c.id());
        signups.markNoShow(organiser.id(), a.id());
        clock.advance(Duration.ofMinutes(110));
        signups.checkOut(organiser.id(), c.id());
        CurrentMember stranger = fixtures.member("غريب");
        assertThatThrownBy(() -> signups.approveHours(stranger.id(), shift.id(), List.of(c.id())))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);

        int approved = signups.approveHours(organiser.id(), shift.id(), List.of(c.id(), a.id()));
        assertThat(approved).isEqualTo(1);
        assertThat(signups.verifiedHours(came.id()).minutes()).isEqualTo(110);
        assertThat(signups.verifiedHours(absent.id()).minutes()).isZero();
        assertThat(events.stream(HoursApproved.class).filter(e -> e.shift().value().equals(shift.id())))
                .singleElement().satisfies(e -> assertThat(e.minutes()).isEqualTo(110));
    }

    @Test
    void selfCheckInWithTheQrCode() {
        Shift shift = shiftWithCapacity(3);
        CurrentMember v = volunteer("ماسح");
        signups.signUp(v.id(), shift.id());
        clock.advance(Duration.between(clock.instant(), shift.startsAt()).minus(Duration.ofMinutes(30)));
        assertThatThrownBy(() -> signups.selfCheck(v.id(), shift.id(), "wrong")).hasMessage("volunteering.checkin.bad-code");
        assertThat(signups.selfCheck(v.id(), shift.id(), shift.checkinCode())).isTrue();
        clock.advance(Duration.ofHours(3));
        assertThat(signups.selfCheck(v.id(), shift.id(), shift.checkinCode())).isFalse();
        Signup s = signups.mineOn(v.id(), shift.id()).orElseThrow();
        assertThat(s.attendance()).isEqualTo(Signup.Attendance.ATTENDED);
        assertThat(s.minutes()).isEqualTo(180);
    }

    @Test
    void inviteTheTopMatchesInOneAction() {
        CurrentMember organiser = fixtures.member("منظم");
        Organisation org = fixtures.verifiedOrganisation(organiser);
        Opportunity o = fixtures.fridayFoodPacking(organiser, org, 3);
        Shift shift = opportunities.shiftsOf(o.getId()).getFirst();
        CurrentMember v = volunteer("مدعوة");
        int invited = signups.inviteTop(organiser.id(), shift.id(), 50);
        assertThat(invited).isPositive();
        assertThat(signups.invitationsOf(organiser.id(), shift.id())).extracting(SignupManagement.InvitationOfShift::memberId)
                .contains(v.uuid());
        assertThat(signups.invitationsOf(v.id())).extracting(SignupManagement.Invitation::shiftId).contains(shift.id());
        assertThat(mail.messagesTo(v.email())).anySatisfy(m -> assertThat(m.subject()).isEqualTo("دعوة إلى فرصة تطوع"));
        signups.signUp(v.id(), shift.id());
        assertThat(signups.invitationsOf(organiser.id(), shift.id())).filteredOn(i -> i.memberId().equals(v.uuid()))
                .singleElement().satisfies(i -> assertThat(i.status()).isEqualTo("ACCEPTED"));
    }
}
