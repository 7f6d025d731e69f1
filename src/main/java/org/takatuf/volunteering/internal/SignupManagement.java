package org.takatuf.volunteering.internal;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.takatuf.core.ConflictException;
import org.takatuf.core.NotFoundException;
import org.takatuf.core.UserInputException;
import org.takatuf.identity.MemberId;
import org.takatuf.volunteering.HoursApproved;
import org.takatuf.volunteering.ShiftFilled;
import org.takatuf.volunteering.VolunteerSignedUp;

/**
 * Sign-ups, waitlist, invitations and attendance. Every change to a shift's places first locks the
 * shift's row, so two volunteers taking the last place at once are served one after the other: one
 * gets it, the other joins the waitlist.
 */
@Service
public class SignupManagement {

    /** Check-in by QR code opens this long before the shift and closes this long after it. */
    static final Duration CHECK_IN_WINDOW = Duration.ofHours(2);
    static final int MAX_INVITES = 50;

    private final Shifts shifts;
    private final Signups signups;
    private final VolunteerProfiles profiles;
    private final Opportunities opportunities;
    private final OpportunityManagement opportunityManagement;
    private final Matching matching;
    private final Notices notices;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SignupManagement(Shifts shifts, Signups signups, VolunteerProfiles profiles, Opportunities opportunities,
                     OpportunityManagement opportunityManagement, Matching matching, Notices notices, JdbcClient jdbc,
                     ApplicationEventPublisher events, Clock clock) {
        this.shifts = shifts;
        this.signups = signups;
        this.profiles = profiles;
        this.opportunities = opportunities;
        this.opportunityManagement = opportunityManagement;
        this.matching = matching;
        this.notices = notices;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** Takes a free place, or a waitlist place when the shift is full. */
    @Transactional
    public Signup signUp(MemberId member, UUID shiftId) {
        VolunteerProfile profile = profiles.find(member.value())
                .orElseThrow(() -> new UserInputException("volunteering.profile.missing"));
        Shift shift = shifts.lock(shiftId).orElseThrow(() -> new NotFoundException("shift"));
        Instant now = clock.instant();
        if (!shift.isOpen() || !shift.startsAt().isAfter(now)) {
            throw new ConflictException("volunteering.signup.closed");
        }
        if (!shift.genderRestriction().admits(profile.gender())) {
            throw new ConflictException("volunteering.signup.gender." + shift.genderRestriction().name().toLowerCase());
        }
        if (!MatchScorer.oldEnough(profile, shift)) {
            throw new ConflictException("volunteering.signup.too-young", shift.minAge());
        }
        Optional<Signup> existing = signups.find(shiftId, member.value());
        if (existing.isPresent() && existing.get().isActive()) {
            throw new ConflictException("volunteering.signup.already");
        }
        boolean place = !shift.isFull();
        Signup.Status status = place ? Signup.Status.CONFIRMED : Signup.Status.WAITLISTED;
        UUID id = existing.map(Signup::id).orElseGet(UUID::randomUUID);
        if (existing.isPresent()) {
            signups.renew(id, status, now);
        } else {
            signups.insert(id, shiftId, member.value(), status, now);
        }
        jdbc.sql("UPDATE shift_invitation SET status = 'ACCEPTED' WHERE shift_id = ? AND member_id = ?")
                .params(shiftId, member.value()).update();
        if (place) {
            take(shift);
        }
        events.publishEvent(new VolunteerSignedUp(shift.shiftId(), shift.opportunity(), shift.organisation(), member, !place));
        return signups.find(id).orElseThrow();
    }

    private void take(Shift shift) {
        shifts.setTaken(shift.id(), shift.taken() + 1);
        if (shift.taken() + 1 == shift.capacity()) {
            events.publishEvent(new ShiftFilled(shift.shiftId(), shift.opportunity(), shift.organisation(), shift.capacity()));
        }
    }

    /**
     * Gives up a place (or a waitlist place) before the organisation's deadline. A freed place goes to
     * the first person on the waitlist, who is told by e-mail and in the app.
     */
    @Transactional
    public void cancel(MemberId member, UUID signupId) {
        Signup signup = signups.find(signupId).filter(s -> s.memberId().equals(member.value()))
                .orElseThrow(() -> new NotFoundException("signup"));
        Shift shift = shifts.lock(signup.shiftId()).orElseThrow(() -> new NotFoundException("shift"));
        if (!signup.isActive()) {
            throw new ConflictException("volunteering.signup.already-cancelled");
        }
        Opportunity opportunity = opportunities.findById(shift.opportunityId()).orElseThrow();
        Instant now = clock.instant();
        Instant deadline = shift.startsAt().minus(Duration.ofHours(opportunity.getCancelDeadlineHours()));
        if (now.isAfter(deadline)) {
            throw new ConflictException("volunteering.cancel.too-late", opportunity.getCancelDeadlineHours());
        }
        signups.setStatus(signupId, Signup.Status.CANCELLED, now);
        if (signup.status() == Signup.Status.CONFIRMED) {
            Optional<Signup> next = signups.firstWaiting(shift.id());
            if (next.isPresent()) {
                signups.setStatus(next.get().id(), Signup.Status.CONFIRMED, now);
                events.publishEvent(new VolunteerSignedUp(shift.shiftId(), shift.opportunity(), shift.organisation(),
                        new MemberId(next.get().memberId()), false));
                notices.notify(next.get().memberId(), "volunteering.notice.promoted", "/me/volunteering", true,
                        opportunity.getTitle());
            } else {
                shifts.setTaken(shift.id(), shift.taken() - 1);
            }
        }
    }

    /** Invites the best {@code count} matches who were not invited to this shift yet; returns how many were invited. */
    @Transactional
    public int inviteTop(MemberId organiser, UUID shiftId, int count) {
        if (count < 1 || count > MAX_INVITES) {
            throw new UserInputException("volunteering.invite.count", MAX_INVITES);
        }
        Shift shift = organiserShift(organiser, shiftId);
        if (!shift.isOpen() || !shift.startsAt().isAfter(clock.instant())) {
            throw new ConflictException("volunteering.signup.closed");
        }
        List<UUID> already = jdbc.sql("SELECT member_id FROM shift_invitation WHERE shift_id = ?").param(shiftId)
                .query(UUID.class).list();
        List<UUID> chosen = new ArrayList<>();
        for (Matching.VolunteerMatch m : matching.volunteersFor(shift, count + already.size())) {
            if (!already.contains(m.memberId()) && chosen.size() < count) {
                chosen.add(m.memberId());
            }
        }
        return invite(organiser, shift, chosen);
    }

    private int invite(MemberId organiser, Shift shift, Collection<UUID> members) {
        Instant now = clock.instant();
        Opportunity opportunity = opportunities.findById(shift.opportunityId()).orElseThrow();
        int invited = 0;
        for (UUID member : members) {
            invited += jdbc.sql("""
                    INSERT INTO shift_invitation (shift_id, member_id, invited_by, invited_at, status) VALUES (?, ?, ?, ?, 'INVITED')
                    ON CONFLICT DO NOTHING
                    """).params(shift.id(), member, organiser.value(), Timestamp.from(now)).update();
            notices.notify(member, "volunteering.notice.invited", "/opportunities/" + opportunity.getId(), true, opportunity.getTitle());
        }
        profiles.markInvited(List.copyOf(members), now);
        return invited;
    }

    @Transactional
    public void decline(MemberId member, UUID shiftId) {
        int changed = jdbc.sql("UPDATE shift_invitation SET status = 'DECLINED' WHERE shift_id = ? AND member_id = ? AND status = 'INVITED'")
                .params(shiftId, member.value()).update();
        if (changed == 0) {
            throw new NotFoundException("invitation");
        }
    }

    /** An invitation waiting for the volunteer's answer. */
    public record Invitation(UUID shiftId, Instant invitedAt, String status) {
    }

    @Transactional(readOnly = true)
    public List<Invitation> invitationsOf(MemberId member) {
        return jdbc.sql("""
                SELECT i.shift_id, i.invited_at, i.status FROM shift_invitation i JOIN shift s ON s.id = i.shift_id
                 WHERE i.member_id = ? AND s.starts_at > ? AND s.status = 'OPEN' ORDER BY s.starts_at
                """).params(member.value(), Timestamp.from(clock.instant()))
                .query((rs, n) -> new Invitation(rs.getObject(1, UUID.class), rs.getTimestamp(2).toInstant(), rs.getString(3))).list();
    }

    /** Invitations of a shift, for the organiser: who was asked, who accepted. */
    @Transactional(readOnly = true)
    public List<InvitationOfShift> invitationsOf(MemberId organiser, UUID shiftId) {
        organiserShift(organiser, shiftId);
        return jdbc.sql("SELECT member_id, invited_at, status FROM shift_invitation WHERE shift_id = ? ORDER BY invited_at, member_id")
                .param(shiftId).query((rs, n) -> new InvitationOfShift(rs.getObject(1, UUID.class), rs.getTimestamp(2).toInstant(),
                        rs.getString(3))).list();
    }

    public record InvitationOfShift(UUID memberId, Instant invitedAt, String status) {
    }

    // --- attendance ---

    @Transactional
    public void checkIn(MemberId organiser, UUID signupId) {
        Signup signup = organiserSignup(organiser, signupId);
        Shift shift = shifts.find(signup.shiftId()).orElseThrow();
        requireConfirmed(signup);
        requireWindow(shift);
        if (signup.checkedInAt() != null) {
            throw new ConflictException("volunteering.attendance.already-in");
        }
        checkInNow(signup);
    }

    @Transactional
    public void checkOut(MemberId organiser, UUID signupId) {
        Signup signup = organiserSignup(organiser, signupId);
        checkOutNow(signup);
    }

    private void checkInNow(Signup signup) {
        if (signup.attendance() == Signup.Attendance.NO_SHOW) {
            profiles.recordAttendance(signup.memberId(), false, -1);
        }
        signups.checkIn(signup.id(), clock.instant());
        profiles.recordAttendance(signup.memberId(), true, 1);
    }

    private void checkOutNow(Signup signup) {
        if (signup.checkedInAt() == null) {
            throw new ConflictException("volunteering.attendance.not-in");
        }
        if (signup.checkedOutAt() != null) {
            throw new ConflictException("volunteering.attendance.already-out");
        }
        if (signup.hoursStatus() == Signup.HoursStatus.APPROVED) {
            throw new ConflictException("volunteering.hours.already-approved");
        }
        Instant now = clock.instant();
        int minutes = (int) Math.min(1440, Duration.between(signup.checkedInAt(), now).toMinutes());
        signups.checkOut(signup.id(), now, minutes);
    }

    @Transactional
    public void markNoShow(MemberId organiser, UUID signupId) {
        Signup signup = organiserSignup(organiser, signupId);
        Shift shift = shifts.find(signup.shiftId()).orElseThrow();
        requireConfirmed(signup);
        if (clock.instant().isBefore(shift.startsAt())) {
            throw new ConflictException("volunteering.attendance.not-started");
        }
        if (signup.hoursStatus() == Signup.HoursStatus.APPROVED) {
            throw new ConflictException("volunteering.hours.already-approved");
        }
        if (signup.attendance() == Signup.Attendance.NO_SHOW) {
            return;
        }
        if (signup.attendance() == Signup.Attendance.ATTENDED) {
            profiles.recordAttendance(signup.memberId(), true, -1);
        }
        signups.markNoShow(signupId);
        profiles.recordAttendance(signup.memberId(), false, 1);
    }

    /**
     * Approves the hours of the given sign-ups of one shift in one go. Volunteers who checked in but not
     * out get the shift's planned length. Returns how many were approved; others are skipped.
     */
    @Transactional
    public int approveHours(MemberId organiser, UUID shiftId, Collection<UUID> signupIds) {
        Shift shift = organiserShift(organiser, shiftId);
        Instant now = clock.instant();
        int approved = 0;
        for (Signup s : signups.ofShift(shiftId)) {
            if (!signupIds.contains(s.id()) || s.status() != Signup.Status.CONFIRMED
                    || s.attendance() != Signup.Attendance.ATTENDED || s.hoursStatus() == Signup.HoursStatus.APPROVED) {
                continue;
            }
            int minutes = s.minutes() != null ? s.minutes() : shift.minutes();
            signups.approve(s.id(), minutes, organiser.value(), now);
            events.publishEvent(new HoursApproved(shift.shiftId(), shift.organisation(), new MemberId(s.memberId()), minutes, organiser));
            notices.notify(s.memberId(), "volunteering.notice.hours-approved", "/me/volunteering", false, MatchScorer.hours(minutes));
            approved++;
        }
        return approved;
    }

    /** The volunteer scanned the QR code at the place: first scan checks in, the second checks out. */
    @Transactional
    public boolean selfCheck(MemberId member, UUID shiftId, String code) {
        Shift shift = shifts.find(shiftId).orElseThrow(() -> new NotFoundException("shift"));
        if (code == null || !MessageDigest.isEqual(code.getBytes(StandardCharsets.UTF_8), shift.checkinCode().getBytes(StandardCharsets.UTF_8))) {
            throw new UserInputException("volunteering.checkin.bad-code");
        }
        Signup signup = signups.find(shiftId, member.value()).filter(s -> s.status() == Signup.Status.CONFIRMED)
                .orElseThrow(() -> new ConflictException("volunteering.checkin.not-signed-up"));
        requireWindow(shift);
        if (signup.checkedInAt() == null) {
            checkInNow(signup);
            return true;
        }
        checkOutNow(signup);
        return false;
    }

    private void requireConfirmed(Signup signup) {
        if (signup.status() != Signup.Status.CONFIRMED) {
            throw new ConflictException("volunteering.attendance.not-confirmed");
        }
    }

    private void requireWindow(Shift shift) {
        Instant now = clock.instant();
        if (now.isBefore(shift.startsAt().minus(CHECK_IN_WINDOW)) || now.isAfter(shift.endsAt().plus(CHECK_IN_WINDOW))) {
            throw new ConflictException("volunteering.checkin.outside-window");
        }
    }

    public Shift organiserShift(MemberId organiser, UUID shiftId) {
        Shift shift = shifts.find(shiftId).orElseThrow(() -> new NotFoundException("shift"));
        opportunityManagement.requireOrganiser(organiser, shift.organisation());
        return shift;
    }

    private Signup organiserSignup(MemberId organiser, UUID signupId) {
        Signup signup = signups.find(signupId).orElseThrow(() -> new NotFoundException("signup"));
        organiserShift(organiser, signup.shiftId());
        return signup;
    }

    // --- queries ---

    @Transactional(readOnly = true)
    public List<Signup> ofShift(MemberId organiser, UUID shiftId) {
        organiserShift(organiser, shiftId);
        return signups.ofShift(shiftId);
    }

    @Transactional(readOnly = true)
    public List<Signup> mine(MemberId member) {
        return signups.ofMember(member.value());
    }

    @Transactional(readOnly = true)
    public Optional<Signup> mineOn(MemberId member, UUID shiftId) {
        return signups.find(shiftId, member.value());
    }

    /** Approved minutes and shifts of a volunteer. */
    public record Hours(int minutes, int shifts) {
        public String hours() {
            return MatchScorer.hours(minutes);
        }
    }

    @Transactional(readOnly = true)
    public Hours verifiedHours(MemberId member) {
        return jdbc.sql("SELECT coalesce(sum(minutes), 0), count(*) FROM shift_signup WHERE member_id = ? AND hours_status = 'APPROVED'")
                .param(member.value()).query((rs, n) -> new Hours(rs.getInt(1), rs.getInt(2))).single();
    }
}
