package org.takatuf.volunteering.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.WeekFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The matching engine, both ways (docs/matching.md). PostgreSQL narrows 100,000 profiles or 20,000
 * shifts down to a few hundred candidates with indexes (a GiST index on each profile's weekly grid as
 * UTC minutes of the week, a GiST index on places, partial indexes on open shifts) and ranks them with
 * the same weights as {@link MatchScorer}; the best {@value #OVERFETCH}× of the asked number are then
 * scored exactly in Java ({@link MatchScorer}: time zones with daylight saving, hour caps) and
 * explained.
 */
@Component
public class Matching {

    /** Candidates fetched per result asked, so that the exact scoring can reorder and drop some. */
    static final int OVERFETCH = 2;
    /** Nobody travels further than this (the profile form's limit). */
    public static final int MAX_RADIUS_KM = 100;
    /** Suggestions look this far ahead. */
    public static final Duration HORIZON = Duration.ofDays(90);
    /** Hour caps count weeks from Sunday, as most of the region's working weeks do. */
    static final WeekFields WEEK = WeekFields.of(DayOfWeek.SUNDAY, 1);

    private static final String KM = "2 * 6371.0088 * asin(least(1, sqrt(power(sin(radians(%1$s - %3$s) / 2), 2) "
            + "+ cos(radians(%1$s)) * cos(radians(%3$s)) * power(sin(radians(%2$s - %4$s) / 2), 2))))";

    private static final String AGE_OK = """
            (:minAge <= 0 OR CASE WHEN p.birth_date IS NOT NULL
                THEN extract(year FROM age(CAST(:day AS date), p.birth_date)) >= :minAge
                ELSE coalesce(CASE p.age_band WHEN 'UNDER_16' THEN 0 WHEN 'FROM_16_TO_17' THEN 16 WHEN 'FROM_18_TO_24' THEN 18
                    WHEN 'FROM_25_TO_39' THEN 25 WHEN 'FROM_40_TO_59' THEN 40 WHEN 'FROM_60' THEN 60 END, -1) >= :minAge END)
            """;

    private static final String GENDER_OK = "(:gender = 'NONE' OR (:gender = 'WOMEN_ONLY' AND p.gender = 'FEMALE') "
            + "OR (:gender = 'MEN_ONLY' AND p.gender = 'MALE'))";

    private static final String VOLUNTEERS_FOR_SHIFT = """
            WITH candidates AS (
                SELECT p.* FROM volunteer_profile p
                 WHERE NOT p.paused AND p.weekly_hours && CAST(:hours AS smallint[])
                   AND p.weekly_utc && CAST(:wide AS int4multirange) AND %1$s
                UNION ALL
                SELECT p.* FROM volunteer_profile p
                 WHERE NOT p.paused AND p.free_dates @> CAST(:day AS date)
                   AND NOT (p.weekly_hours && CAST(:hours AS smallint[]) AND p.weekly_utc && CAST(:wide AS int4multirange) AND %1$s)
            ), placed AS (
                SELECT p.*, %2$s AS km, p.free_dates @> CAST(:day AS date) AS free_day
                  FROM candidates p
                 WHERE %3$s AND %4$s AND NOT (p.away_dates @> CAST(:day AS date)) AND p.member_id <> ALL(:excluded)
            )
            SELECT member_id,
                   35.0 * CASE WHEN free_day THEN 1.0 ELSE least(1.0, (SELECT coalesce(sum(upper(r) - lower(r)), 0)
                                 FROM unnest(weekly_utc * CAST(:exact AS int4multirange)) r) / CAST(:minutes AS double precision)) END
                 + CASE WHEN activity_types @> ARRAY[CAST(:type AS smallint)] THEN 25 ELSE 0 END
                 + CASE WHEN :skillCount > 0 THEN 15.0 * cardinality(ARRAY(SELECT unnest(skills)
                        INTERSECT SELECT unnest(CAST(:skills AS text[])))) / :skillCount ELSE 0 END
                 + CASE WHEN :remote THEN 10 ELSE 15.0 * (1 - km / greatest(travel_radius_km, 1)) END
                 + CASE WHEN languages && CAST(:languages AS text[]) THEN 10 ELSE 0 END
                 + 10.0 * (attended_count + 1) / (attended_count + no_show_count + 2)
                 - CASE WHEN last_invited_at > :invitedSince
                        THEN 15.0 * (1 - extract(epoch FROM (:now - last_invited_at)) / :window) ELSE 0 END AS score
              FROM placed
             WHERE (:remote OR km <= travel_radius_km)
             ORDER BY score DESC, member_id
             LIMIT :limit
            """;

    /** One branch (in person, or remote) of the shifts query: %1$s place condition, %2$s distance. */
    private static final String SHIFT_BRANCH = """
            SELECT %3$s, %2$s AS km FROM shift s
             WHERE s.status = 'OPEN' AND %1$s AND s.starts_at > :now AND s.starts_at < :horizon AND s.taken < s.capacity
               AND (s.utc_week && CAST(:wide AS int4multirange) OR s.local_date = ANY(CAST(:freeDays AS date[])))
               AND NOT (s.local_date = ANY(CAST(:awayDays AS date[])))
               AND (s.gender_restriction = 'NONE' OR (s.gender_restriction = 'WOMEN_ONLY' AND :gender = 'FEMALE')
                    OR (s.gender_restriction = 'MEN_ONLY' AND :gender = 'MALE'))
               AND (s.min_age IS NULL OR s.min_age <= 0 OR s.min_age <= :age)
               AND NOT EXISTS (SELECT 1 FROM shift_signup g WHERE g.shift_id = s.id AND g.member_id = :member
                                 AND g.status <> 'CANCELLED')
            """;

    private static final String SHIFTS_FOR_VOLUNTEER = """
            WITH candidates AS (
                %1$s
                UNION ALL
                %2$s
            )
            SELECT s.*,
                   35.0 * CASE WHEN s.local_date = ANY(CAST(:freeDays AS date[])) THEN 1.0 ELSE least(1.0,
                          (SELECT coalesce(sum(upper(r) - lower(r)), 0) FROM unnest(s.utc_week * CAST(:exact AS int4multirange)) r)
                          / greatest(1, extract(epoch FROM (s.ends_at - s.starts_at)) / 60)) END
                 + CASE WHEN s.activity_type = ANY(CAST(:types AS smallint[])) THEN 25 ELSE 0 END
                 + CASE WHEN cardinality(s.required_skills) > 0 THEN 15.0 * cardinality(ARRAY(SELECT unnest(s.required_skills)
                        INTERSECT SELECT unnest(CAST(:skills AS text[])))) / cardinality(s.required_skills) ELSE 0 END
                 + CASE WHEN s.remote THEN 10 ELSE 15.0 * (1 - s.km / greatest(:radius, 1)) END
                 + CASE WHEN s.languages && CAST(:languages AS text[]) THEN 10 ELSE 0 END AS score
              FROM candidates s
             WHERE s.remote OR s.km <= :radius
             ORDER BY score DESC, s.starts_at
             LIMIT :limit
            """;

    private final JdbcClient jdbc;
    private final VolunteerProfiles profiles;
    private final Shifts shifts;
    private final Clock clock;

    public Matching(JdbcClient jdbc, VolunteerProfiles profiles, Shifts shifts, Clock clock) {
        this.jdbc = jdbc;
        this.profiles = profiles;
        this.shifts = shifts;
        this.clock = clock;
    }

    /** A volunteer for a shift, with the score and the reasons. */
    public record VolunteerMatch(UUID memberId, double score, List<Reason> reasons) {
    }

    /** A shift for a volunteer, with the score and the reasons. */
    public record ShiftMatch(Shift shift, double score, List<Reason> reasons) {
    }

    /** The best {@code limit} volunteers for a shift, best first; volunteers already signed up are left out. */
    @Transactional(readOnly = true)
    public List<VolunteerMatch> volunteersFor(Shift shift, int limit) {
        Instant now = clock.instant();
        List<UUID> candidates;
        if (shift.remote()) {
            // a remote shift can draw on every remote volunteer of the region: those who chose its activity
            // come first, the others only when they are too few (docs/matching.md)
            List<UUID> first = volunteerCandidates(shift, limit, now,
                    "p.remote_ok AND p.activity_types @> ARRAY[CAST(:type AS smallint)]", "0");
            candidates = new ArrayList<>(first);
            if (first.size() < limit * OVERFETCH) {
                for (UUID id : volunteerCandidates(shift, limit, now, "p.remote_ok", "0")) {
                    if (!first.contains(id)) {
                        candidates.add(id);
                    }
                }
            }
        } else {
            double[] box = Geo.box(shift.latitude(), shift.longitude(), MAX_RADIUS_KM);
            String place = String.format(java.util.Locale.ROOT,
                    "point(p.longitude, p.latitude) <@ box(point(%f, %f), point(%f, %f))", box[1], box[0], box[3], box[2]);
            String km = String.format(java.util.Locale.ROOT, KM, ":lat", ":lon", "p.latitude", "p.longitude");
            candidates = volunteerCandidates(shift, limit, now, place, km);
        }
        if (candidates.isEmpty()) {
            return List.of();
        }
        List<VolunteerProfile> loaded = profiles.findAll(candidates);
        Map<UUID, List<Instant[]>> booked = bookings(candidates, shift.startsAt().minus(Duration.ofDays(32)),
                shift.startsAt().plus(Duration.ofDays(32)), shift.id());
        List<VolunteerMatch> matches = new ArrayList<>();
        for (VolunteerProfile v : loaded) {
            MatchScorer.score(v, shift, booked(v.availability().zone(), shift, booked.getOrDefault(v.memberId(), List.of())), now, true)
                    .ifPresent(m -> matches.add(new VolunteerMatch(v.memberId(), m.score(), m.reasons())));
        }
        matches.sort(Comparator.comparingDouble(VolunteerMatch::score).reversed().thenComparing(VolunteerMatch::memberId));
        return matches.size() > limit ? List.copyOf(matches.subList(0, limit)) : List.copyOf(matches);
    }

    private List<UUID> volunteerCandidates(Shift shift, int limit, Instant now, String place, String km) {
        List<int[]> exact = Availability.utcWeekRanges(shift.startsAt(), shift.endsAt());
        String sql = VOLUNTEERS_FOR_SHIFT.formatted(place, km, GENDER_OK, AGE_OK);
        JdbcClient.StatementSpec statement = jdbc.sql(sql)
                .param("hours", Availability.hoursOfWeek(exact))
                .param("wide", Availability.multirange(exact))
                .param("exact", Availability.multirange(exact))
                .param("day", shift.localDate())
                .param("excluded", jdbc.sql("SELECT member_id FROM shift_signup WHERE shift_id = ? AND status <> 'CANCELLED'")
                        .param(shift.id()).query(UUID.class).list().toArray(UUID[]::new))
                .param("minutes", shift.minutes())
                .param("type", shift.activityType().code)
                .param("skillCount", shift.requiredSkills().size())
                .param("skills", shift.requiredSkills().toArray(String[]::new))
                .param("remote", shift.remote())
                .param("languages", shift.languages().toArray(String[]::new))
                .param("invitedSince", Timestamp.from(now.minus(MatchScorer.FAIRNESS_WINDOW)))
                .param("now", Timestamp.from(now))
                .param("window", (double) MatchScorer.FAIRNESS_WINDOW.toSeconds())
                .param("gender", shift.genderRestriction().name())
                .param("minAge", shift.minAge() == null ? 0 : shift.minAge())
                .param("limit", limit * OVERFETCH);
        if (!shift.remote()) {
            statement = statement.param("lat", shift.latitude()).param("lon", shift.longitude());
        }
        return statement.query((rs, n) -> rs.getObject(1, UUID.class)).list();
    }

    /** The best {@code limit} open shifts with a free place for a volunteer, best first. */
    @Transactional(readOnly = true)
    public List<ShiftMatch> shiftsFor(VolunteerProfile v, int limit) {
        Instant now = clock.instant();
        Availability a = v.availability();
        if (a.paused()) {
            return List.of();
        }
        List<int[]> exact = a.weeklyUtcRangesAllYear(now);
        LocalDate today = LocalDate.ofInstant(now, a.zone());
        LocalDate last = LocalDate.ofInstant(now.plus(HORIZON), a.zone());
        List<String> freeDays = new ArrayList<>();
        List<String> awayDays = new ArrayList<>();
        for (DateException e : a.exceptions()) {
            for (LocalDate d = max(e.firstDay(), today); !d.isAfter(e.lastDay()) && !d.isAfter(last); d = d.plusDays(1)) {
                (e.kind() == DateException.Kind.FREE ? freeDays : awayDays).add(d.toString());
            }
        }
        int radius = Math.min(v.travelRadiusKm(), MAX_RADIUS_KM);
        double[] box = Geo.box(v.latitude(), v.longitude(), radius);
        String km = String.format(java.util.Locale.ROOT, KM, ":lat", ":lon", "s.latitude", "s.longitude");
        String inPerson = SHIFT_BRANCH.formatted("NOT s.remote AND point(s.longitude, s.latitude) <@ box(point(:minLon, :minLat), "
                + "point(:maxLon, :maxLat))", km, Shifts.COLUMNS + ", s.utc_week");
        String remote = SHIFT_BRANCH.formatted(":remoteOk AND s.remote", "0.0", Shifts.COLUMNS + ", s.utc_week");
        String sql = SHIFTS_FOR_VOLUNTEER.formatted(inPerson, remote);
        int age = v.minimumAgeOn(today);
        List<Shift> candidates = jdbc.sql(sql)
                .param("lat", v.latitude()).param("lon", v.longitude())
                .param("minLat", box[0]).param("minLon", box[1]).param("maxLat", box[2]).param("maxLon", box[3])
                .param("now", Timestamp.from(now)).param("horizon", Timestamp.from(now.plus(HORIZON)))
                .param("wide", Availability.multirange(exact))
                .param("exact", Availability.multirange(exact))
                .param("freeDays", freeDays.toArray(String[]::new))
                .param("awayDays", awayDays.toArray(String[]::new))
                .param("remoteOk", v.remoteOk())
                .param("types", VolunteerProfiles.codes(v.activityTypes()))
                .param("skills", Skills.folded(v.skills()))
                .param("radius", radius)
                .param("languages", v.languages().toArray(String[]::new))
                .param("gender", v.gender() == null ? "" : v.gender().name())
                .param("age", age)
                .param("member", v.memberId())
                .param("limit", limit * OVERFETCH)
                .query((rs, n) -> Shifts.map(rs)).list();
        if (candidates.isEmpty()) {
            return List.of();
        }
        List<Instant[]> mine = bookings(List.of(v.memberId()), now.minus(Duration.ofDays(32)), now.plus(HORIZON).plus(Duration.ofDays(32)), null)
                .getOrDefault(v.memberId(), List.of());
        List<ShiftMatch> matches = new ArrayList<>();
        for (Shift s : candidates) {
            MatchScorer.score(v, s, booked(a.zone(), s, mine), now, false)
                    .ifPresent(m -> matches.add(new ShiftMatch(s, m.score(), m.reasons())));
        }
        matches.sort(Comparator.comparingDouble(ShiftMatch::score).reversed()
                .thenComparing(m -> m.shift().startsAt()));
        return matches.size() > limit ? List.copyOf(matches.subList(0, limit)) : List.copyOf(matches);
    }

    private Map<UUID, List<Instant[]>> bookings(List<UUID> members, Instant from, Instant to, UUID except) {
        Map<UUID, List<Instant[]>> booked = new HashMap<>();
        jdbc.sql("""
                SELECT g.member_id, s.starts_at, s.ends_at FROM shift_signup g JOIN shift s ON s.id = g.shift_id
                 WHERE g.member_id = ANY(:members) AND g.status = 'CONFIRMED' AND s.starts_at >= :from AND s.starts_at < :to
                   AND s.id <> :except
                """)
                .param("members", members.toArray(UUID[]::new)).param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
                .param("except", except == null ? new UUID(0, 0) : except)
                .query(rs -> {
                    booked.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                            .add(new Instant[] {rs.getTimestamp(2).toInstant(), rs.getTimestamp(3).toInstant()});
                });
        return booked;
    }

    /** Minutes already booked in the shift's week (from Sunday) and month, in the volunteer's zone. */
    static MatchScorer.Booked booked(ZoneId zone, Shift shift, List<Instant[]> bookings) {
        ZonedDateTime start = shift.startsAt().atZone(zone);
        int week = start.get(WEEK.weekOfWeekBasedYear());
        int weekYear = start.get(WEEK.weekBasedYear());
        int weekMinutes = 0;
        int monthMinutes = 0;
        for (Instant[] b : bookings) {
            ZonedDateTime other = b[0].atZone(zone);
            int minutes = (int) Duration.between(b[0], b[1]).toMinutes();
            if (other.get(WEEK.weekOfWeekBasedYear()) == week && other.get(WEEK.weekBasedYear()) == weekYear) {
                weekMinutes += minutes;
            }
            if (other.getYear() == start.getYear() && other.getMonth() == start.getMonth()) {
                monthMinutes += minutes;
            }
        }
        return new MatchScorer.Booked(weekMinutes, monthMinutes);
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
