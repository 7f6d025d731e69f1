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
    static final int OVERFETCH = 3;
    /** Nobody travels further than this (the profile form's limit). */
    public static final int MAX_RADIUS_KM = 100;
    /** Suggestions look this far ahead. */
    public static final Duration HORIZON = Duration.ofDays(90);
    /** The weekly grid is searched with this margin, for daylight saving time. */
    static final int MARGIN_MINUTES = 60;
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
                SELECT p.member_id FROM volunteer_profile p
                 WHERE NOT p.paused AND p.weekly_utc && CAST(:wide AS int4multirange) AND %1$s
                UNION
                SELECT e.member_id FROM volunteer_date_exception e
                 WHERE e.kind = 'FREE' AND daterange(e.first_day, e.last_day, '[]') @> CAST(:day AS date)
            ), placed AS (
                SELECT p.*, %2$s AS km,
                       EXISTS (SELECT 1 FROM volunteer_date_exception f WHERE f.member_id = p.member_id AND f.kind = 'FREE'
                                 AND CAST(:day AS date) BETWEEN f.first_day AND f.last_day) AS free_day
                  FROM candidates c JOIN volunteer_profile p ON p.member_id = c.member_id
                 WHERE NOT p.paused AND %3$s AND %4$s
                   AND NOT EXISTS (SELECT 1 FROM volunteer_date_exception a WHERE a.member_id = p.member_id AND a.kind = 'AWAY'
                                     AND CAST(:day AS date) BETWEEN a.first_day AND a.last_day)
                   AND NOT EXISTS (SELECT 1 FROM shift_signup g WHERE g.shift_id = :shift AND g.member_id = p.member_id
                                     AND g.status <> 'CANCELLED')
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

    private static final String SHIFTS_FOR_VOLUNTEER = """
            WITH candidates AS (
                SELECT s.id, %1$s AS km FROM shift s
                 WHERE s.status = 'OPEN' AND NOT s.remote AND s.starts_at > :now AND s.starts_at < :horizon
                   AND s.taken < s.capacity AND point(s.longitude, s.latitude) <@ box(point(:minLon, :minLat), point(:maxLon, :maxLat))
                   AND (s.utc_week && CAST(:wide AS int4multirange) OR s.local_date = ANY(CAST(:freeDays AS date[])))
                UNION ALL
                SELECT s.id, 0 AS km FROM shift s
                 WHERE :remoteOk AND s.status = 'OPEN' AND s.remote AND s.starts_at > :now AND s.starts_at < :horizon
                   AND s.taken < s.capacity
                   AND (s.utc_week && CAST(:wide AS int4multirange) OR s.local_date = ANY(CAST(:freeDays AS date[])))
            )
            SELECT s.id,
                   35.0 * CASE WHEN s.local_date = ANY(CAST(:freeDays AS date[])) THEN 1.0 ELSE least(1.0,
                          (SELECT coalesce(sum(upper(r) - lower(r)), 0) FROM unnest(s.utc_week * CAST(:exact AS int4multirange)) r)
                          / greatest(1, extract(epoch FROM (s.ends_at - s.starts_at)) / 60)) END
                 + CASE WHEN s.activity_type = ANY(CAST(:types AS smallint[])) THEN 25 ELSE 0 END
                 + CASE WHEN cardinality(s.required_skills) > 0 THEN 15.0 * cardinality(ARRAY(SELECT unnest(s.required_skills)
                        INTERSECT SELECT unnest(CAST(:skills AS text[])))) / cardinality(s.required_skills) ELSE 0 END
                 + CASE WHEN s.remote THEN 10 ELSE 15.0 * (1 - c.km / greatest(:radius, 1)) END
                 + CASE WHEN s.languages && CAST(:languages AS text[]) THEN 10 ELSE 0 END AS score
              FROM candidates c JOIN shift s ON s.id = c.id
             WHERE (s.remote OR c.km <= :radius)
               AND NOT (s.local_date = ANY(CAST(:awayDays AS date[])))
               AND (s.gender_restriction = 'NONE' OR (s.gender_restriction = 'WOMEN_ONLY' AND :gender = 'FEMALE')
                    OR (s.gender_restriction = 'MEN_ONLY' AND :gender = 'MALE'))
               AND (s.min_age IS NULL OR s.min_age <= 0 OR s.min_age <= :age)
               AND NOT EXISTS (SELECT 1 FROM shift_signup g WHERE g.shift_id = s.id AND g.member_id = :member
                                 AND g.status <> 'CANCELLED')
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
        List<int[]> exact = Availability.utcWeekRanges(shift.startsAt(), shift.endsAt());
        String place;
        String km;
        if (shift.remote()) {
            place = "p.remote_ok";
            km = "0";
        } else {
            double[] box = Geo.box(shift.latitude(), shift.longitude(), MAX_RADIUS_KM);
            place = String.format(java.util.Locale.ROOT,
                    "point(p.longitude, p.latitude) <@ box(point(%f, %f), point(%f, %f))", box[1], box[0], box[3], box[2]);
            km = String.format(java.util.Locale.ROOT, KM, ":lat", ":lon", "p.latitude", "p.longitude");
        }
        String sql = VOLUNTEERS_FOR_SHIFT.formatted(place, km, GENDER_OK, AGE_OK);
        JdbcClient.StatementSpec statement = jdbc.sql(sql)
                .param("wide", Availability.multirange(Availability.widen(exact, MARGIN_MINUTES)))
                .param("exact", Availability.multirange(exact))
                .param("day", shift.localDate())
                .param("shift", shift.id())
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
        List<UUID> candidates = statement.query((rs, n) -> rs.getObject(1, UUID.class)).list();
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

    /** The best {@code limit} open shifts with a free place for a volunteer, best first. */
    @Transactional(readOnly = true)
    public List<ShiftMatch> shiftsFor(VolunteerProfile v, int limit) {
        Instant now = clock.instant();
        Availability a = v.availability();
        if (a.paused()) {
            return List.of();
        }
        List<int[]> exact = a.weeklyUtcRanges(now);
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
        String sql = SHIFTS_FOR_VOLUNTEER.formatted(km);
        int age = v.minimumAgeOn(today);
        List<UUID> candidates = jdbc.sql(sql)
                .param("lat", v.latitude()).param("lon", v.longitude())
                .param("minLat", box[0]).param("minLon", box[1]).param("maxLat", box[2]).param("maxLon", box[3])
                .param("now", Timestamp.from(now)).param("horizon", Timestamp.from(now.plus(HORIZON)))
                .param("wide", Availability.multirange(Availability.widen(exact, MARGIN_MINUTES)))
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
                .query((rs, n) -> rs.getObject(1, UUID.class)).list();
        if (candidates.isEmpty()) {
            return List.of();
        }
        List<Instant[]> mine = bookings(List.of(v.memberId()), now.minus(Duration.ofDays(32)), now.plus(HORIZON).plus(Duration.ofDays(32)), null)
                .getOrDefault(v.memberId(), List.of());
        List<ShiftMatch> matches = new ArrayList<>();
        for (Shift s : shifts.findAll(candidates)) {
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
