package org.takatuf.volunteering.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The matching rules of docs/matching.md, one method per factor. Pure: no database, no clock but the
 * one passed in, so that every factor is tested on its own.
 *
 * <p>Hard rules exclude a pair: paused, not free at all during the shift, away that day, too far (or
 * remote not accepted), too young, the shift is for women or men only, the weekly or monthly hour cap
 * would be passed. Soft factors add up to the score (at most {@value #MAX_SCORE}).
 */
public final class MatchScorer {

    public static final int AVAILABILITY = 35;
    public static final int ACTIVITY = 25;
    public static final int SKILLS = 15;
    public static final int DISTANCE = 15;
    public static final int REMOTE = 10;
    public static final int LANGUAGE = 10;
    public static final int RELIABILITY = 10;
    public static final int FAIRNESS = 15;
    public static final int MAX_SCORE = AVAILABILITY + ACTIVITY + SKILLS + DISTANCE + LANGUAGE + RELIABILITY;
    /** Invited this recently, a volunteer ranks lower so that others are asked too. */
    public static final Duration FAIRNESS_WINDOW = Duration.ofDays(14);
    /** Attendance counts before "reliable" is said. */
    static final int RELIABLE_AFTER = 3;

    private MatchScorer() {
    }

    /** Booked minutes of the volunteer in the shift's week and month (their own time zone), for the caps. */
    public record Booked(int weekMinutes, int monthMinutes) {
        public static final Booked NONE = new Booked(0, 0);
    }

    /** A scored pair with its reasons, best first. */
    public record Match(double score, List<Reason> reasons) {
    }

    /**
     * Scores volunteer × shift, or empty when a hard rule excludes the pair.
     *
     * @param fairness whether to lower volunteers invited recently (organiser's view)
     */
    public static Optional<Match> score(VolunteerProfile v, Shift s, Booked booked, Instant now, boolean fairness) {
        if (v.availability().paused() || !s.genderRestriction().admits(v.gender()) || !oldEnough(v, s)) {
            return Optional.empty();
        }
        LocalDate localDay = s.startsAt().atZone(v.availability().zone()).toLocalDate();
        if (v.availability().awayOn(localDay)) {
            return Optional.empty();
        }
        if (overCap(v, s, booked)) {
            return Optional.empty();
        }
        List<Reason> reasons = new ArrayList<>();
        double score = 0;

        int covered = v.availability().coveredMinutes(s.startsAt(), s.endsAt());
        if (covered <= 0) {
            return Optional.empty();
        }
        score += availability(covered, s.minutes(), reasons);

        double place = place(v, s, reasons);
        if (place < 0) {
            return Optional.empty();
        }
        score += place;
        score += activity(v, s, reasons);
        score += skills(v, s, reasons);
        score += language(v, s, reasons);
        score += reliability(v, reasons);
        if (fairness) {
            score -= fairness(v, now, reasons);
        }
        return Optional.of(new Match(score, List.copyOf(reasons)));
    }

    static boolean oldEnough(VolunteerProfile v, Shift s) {
        if (s.minAge() == null || s.minAge() <= 0) {
            return true;
        }
        return v.minimumAgeOn(s.localDate()) >= s.minAge();
    }

    static boolean overCap(VolunteerProfile v, Shift s, Booked booked) {
        Integer week = v.availability().maxHoursWeek();
        Integer month = v.availability().maxHoursMonth();
        return (week != null && booked.weekMinutes() + s.minutes() > week * 60)
                || (month != null && booked.monthMinutes() + s.minutes() > month * 60);
    }

    static double availability(int covered, int minutes, List<Reason> reasons) {
        double share = Math.min(1.0, covered / (double) minutes);
        if (share >= 1.0) {
            reasons.add(Reason.of("volunteering.reason.free-then"));
        } else {
            reasons.add(Reason.of("volunteering.reason.free-part", hours(covered), hours(minutes)));
        }
        return AVAILABILITY * share;
    }

    /** Distance points, remote points, or -1 when the place is out of reach. */
    static double place(VolunteerProfile v, Shift s, List<Reason> reasons) {
        if (s.remote()) {
            if (!v.remoteOk()) {
                return -1;
            }
            reasons.add(Reason.of("volunteering.reason.remote"));
            return REMOTE;
        }
        double km = Geo.distanceKm(v.latitude(), v.longitude(), s.latitude(), s.longitude());
        if (km > v.travelRadiusKm()) {
            return -1;
        }
        reasons.add(Reason.of("volunteering.reason.distance", km(km)));
        return DISTANCE * (1 - km / Math.max(1, v.travelRadiusKm()));
    }

    static double activity(VolunteerProfile v, Shift s, List<Reason> reasons) {
        if (v.activityTypes().contains(s.activityType())) {
            reasons.add(Reason.of("volunteering.reason.activity", Reason.label(s.activityType().messageKey())));
            return ACTIVITY;
        }
        return 0;
    }

    static double skills(VolunteerProfile v, Shift s, List<Reason> reasons) {
        if (s.requiredSkills().isEmpty()) {
            return 0;
        }
        List<String> matched = new ArrayList<>();
        for (String label : v.skills()) {
            if (s.requiredSkills().contains(Skills.fold(label))) {
                matched.add(label);
            }
        }
        if (matched.isEmpty()) {
            reasons.add(Reason.against("volunteering.reason.skills-missing"));
            return 0;
        }
        reasons.add(Reason.of("volunteering.reason.skills", String.join("، ", matched)));
        return SKILLS * Math.min(1.0, matched.size() / (double) s.requiredSkills().size());
    }

    static double language(VolunteerProfile v, Shift s, List<Reason> reasons) {
        for (String language : s.languages()) {
            if (v.languages().contains(language)) {
                reasons.add(Reason.of("volunteering.reason.language", Reason.label("volunteering.language." + language)));
                return LANGUAGE;
            }
        }
        return 0;
    }

    /** (attended + 1) / (attended + no-shows + 2): a newcomer starts at one half. */
    static double reliability(VolunteerProfile v, List<Reason> reasons) {
        double rate = (v.attended() + 1.0) / (v.attended() + v.noShows() + 2.0);
        int total = v.attended() + v.noShows();
        if (v.attended() >= RELIABLE_AFTER && rate >= 0.75) {
            reasons.add(Reason.of("volunteering.reason.reliable", v.attended(), total));
        } else if (total >= RELIABLE_AFTER && rate < 0.5) {
            reasons.add(Reason.against("volunteering.reason.no-shows", v.noShows(), total));
        }
        return RELIABILITY * rate;
    }

    /** The penalty for a recent invitation: full when invited just now, nothing after the window. */
    static double fairness(VolunteerProfile v, Instant now, List<Reason> reasons) {
        if (v.lastInvitedAt() == null) {
            return 0;
        }
        Duration since = Duration.between(v.lastInvitedAt(), now);
        if (since.isNegative() || since.compareTo(FAIRNESS_WINDOW) >= 0) {
            return 0;
        }
        reasons.add(Reason.against("volunteering.reason.recently-invited", since.toDays()));
        return FAIRNESS * (1 - since.toMinutes() / (double) FAIRNESS_WINDOW.toMinutes());
    }

    static String hours(int minutes) {
        return minutes % 60 == 0 ? Integer.toString(minutes / 60) : String.format(Locale.ROOT, "%.1f", minutes / 60.0);
    }

    static String km(double km) {
        return km < 10 ? String.format(Locale.ROOT, "%.1f", km) : Long.toString(Math.round(km));
    }
}
