package org.takatuf.volunteering.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.takatuf.volunteering.ActivityType;

/** Volunteer profiles with their weekly slots and date exceptions, stored with plain SQL. */
@Repository
public class VolunteerProfiles {

    private final JdbcClient jdbc;
    private final Clock clock;

    VolunteerProfiles(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Optional<VolunteerProfile> find(UUID memberId) {
        Optional<Row> row = jdbc.sql("SELECT * FROM volunteer_profile WHERE member_id = ?").param(memberId)
                .query((rs, n) -> row(rs)).optional();
        return row.map(r -> r.toProfile(slots(memberId), exceptions(memberId)));
    }

    public List<VolunteerProfile> findAll(List<UUID> memberIds) {
        if (memberIds.isEmpty()) {
            return List.of();
        }
        UUID[] ids = memberIds.toArray(UUID[]::new);
        List<Row> rows = jdbc.sql("SELECT * FROM volunteer_profile WHERE member_id = ANY(?)").param(ids).query((rs, n) -> row(rs)).list();
        java.util.Map<UUID, List<WeeklySlot>> slots = new java.util.HashMap<>();
        jdbc.sql("SELECT member_id, day_of_week, start_minute, end_minute FROM volunteer_weekly_slot WHERE member_id = ANY(?)")
                .param(ids).query(rs -> {
                    slots.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                            .add(new WeeklySlot(DayOfWeek.of(rs.getInt(2)), rs.getInt(3), rs.getInt(4)));
                });
        java.util.Map<UUID, List<DateException>> exceptions = new java.util.HashMap<>();
        jdbc.sql("SELECT member_id, kind, first_day, last_day FROM volunteer_date_exception WHERE member_id = ANY(?)")
                .param(ids).query(rs -> {
                    exceptions.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                            .add(new DateException(DateException.Kind.valueOf(rs.getString(2)), rs.getObject(3, LocalDate.class),
                                    rs.getObject(4, LocalDate.class)));
                });
        return rows.stream().map(r -> r.toProfile(slots.getOrDefault(r.memberId, List.of()),
                exceptions.getOrDefault(r.memberId, List.of()))).toList();
    }

    /** Inserts or replaces the profile, its weekly grid and its exceptions. */
    public void save(VolunteerProfile p) {
        Instant now = clock.instant();
        Availability a = p.availability();
        List<int[]> ranges = a.weeklyUtcRangesAllYear(now);
        String weekly = Availability.multirange(ranges);
        short[] types = codes(p.activityTypes());
        jdbc.sql("""
                INSERT INTO volunteer_profile (member_id, activity_types, skills, skill_labels, languages, city, area, latitude,
                    longitude, travel_radius_km, remote_ok, birth_date, age_band, gender, time_zone, weekly_utc, weekly_hours, free_dates,
                    away_dates, max_hours_week, max_hours_month, paused, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::int4multirange, ?, ?::datemultirange, ?::datemultirange, ?, ?, ?, ?, ?)
                ON CONFLICT (member_id) DO UPDATE SET activity_types = excluded.activity_types, skills = excluded.skills,
                    skill_labels = excluded.skill_labels, languages = excluded.languages, city = excluded.city, area = excluded.area,
                    latitude = excluded.latitude, longitude = excluded.longitude, travel_radius_km = excluded.travel_radius_km,
                    remote_ok = excluded.remote_ok, birth_date = excluded.birth_date, age_band = excluded.age_band,
                    gender = excluded.gender, time_zone = excluded.time_zone, weekly_utc = excluded.weekly_utc,
                    weekly_hours = excluded.weekly_hours, free_dates = excluded.free_dates, away_dates = excluded.away_dates,
                    max_hours_week = excluded.max_hours_week, max_hours_month = excluded.max_hours_month,
                    paused = excluded.paused, updated_at = excluded.updated_at
                """)
                .params(p.memberId(), types, Skills.folded(p.skills()), p.skills().toArray(String[]::new),
                        p.languages().toArray(String[]::new), p.city().key(), p.area(), p.latitude(), p.longitude(),
                        p.travelRadiusKm(), p.remoteOk(), p.birthDate(), p.ageBand() == null ? null : p.ageBand().name(),
                        p.gender() == null ? null : p.gender().name(), a.zone().getId(), weekly, Availability.hoursOfWeek(ranges),
                        dates(a, DateException.Kind.FREE), dates(a, DateException.Kind.AWAY), a.maxHoursWeek(),
                        a.maxHoursMonth(), a.paused(), Timestamp.from(now), Timestamp.from(now))
                .update();
        jdbc.sql("DELETE FROM volunteer_weekly_slot WHERE member_id = ?").param(p.memberId()).update();
        for (WeeklySlot slot : a.slots()) {
            jdbc.sql("INSERT INTO volunteer_weekly_slot (member_id, day_of_week, start_minute, end_minute) VALUES (?, ?, ?, ?)")
                    .params(p.memberId(), slot.day().getValue(), slot.startMinute(), slot.endMinute()).update();
        }
        jdbc.sql("DELETE FROM volunteer_date_exception WHERE member_id = ?").param(p.memberId()).update();
        for (DateException e : a.exceptions()) {
            jdbc.sql("INSERT INTO volunteer_date_exception (member_id, kind, first_day, last_day) VALUES (?, ?, ?, ?)")
                    .params(p.memberId(), e.kind().name(), e.firstDay(), e.lastDay()).update();
        }
    }

    /** PostgreSQL text of a {@code datemultirange} of the exceptions of one kind. */
    static String dates(Availability a, DateException.Kind kind) {
        StringBuilder b = new StringBuilder("{");
        for (DateException e : a.exceptions()) {
            if (e.kind() == kind) {
                b.append(b.length() > 1 ? "," : "").append('[').append(e.firstDay()).append(',').append(e.lastDay().plusDays(1)).append(')');
            }
        }
        return b.append('}').toString();
    }

    public void setPaused(UUID memberId, boolean paused) {
        jdbc.sql("UPDATE volunteer_profile SET paused = ?, updated_at = ? WHERE member_id = ?")
                .params(paused, Timestamp.from(clock.instant()), memberId).update();
    }

    public void recordAttendance(UUID memberId, boolean attended, int delta) {
        String column = attended ? "attended_count" : "no_show_count";
        jdbc.sql("UPDATE volunteer_profile SET " + column + " = greatest(0, " + column + " + ?) WHERE member_id = ?")
                .params(delta, memberId).update();
    }

    public void markInvited(List<UUID> memberIds, Instant at) {
        jdbc.sql("UPDATE volunteer_profile SET last_invited_at = ? WHERE member_id = ANY(?)")
                .params(Timestamp.from(at), memberIds.toArray(UUID[]::new)).update();
    }

    private List<WeeklySlot> slots(UUID memberId) {
        return jdbc.sql("SELECT day_of_week, start_minute, end_minute FROM volunteer_weekly_slot WHERE member_id = ?")
                .param(memberId).query((rs, n) -> new WeeklySlot(DayOfWeek.of(rs.getInt(1)), rs.getInt(2), rs.getInt(3))).list();
    }

    private List<DateException> exceptions(UUID memberId) {
        return jdbc.sql("SELECT kind, first_day, last_day FROM volunteer_date_exception WHERE member_id = ? ORDER BY first_day")
                .param(memberId).query((rs, n) -> new DateException(DateException.Kind.valueOf(rs.getString(1)),
                        rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class))).list();
    }

    static short[] codes(Set<ActivityType> types) {
        short[] codes = new short[types.size()];
        int i = 0;
        for (ActivityType t : types) {
            codes[i++] = t.code;
        }
        return codes;
    }

    static Set<ActivityType> types(Array array) throws SQLException {
        Set<ActivityType> set = EnumSet.noneOf(ActivityType.class);
        if (array != null) {
            for (Object o : (Object[]) array.getArray()) {
                set.add(ActivityType.ofCode(((Number) o).intValue()));
            }
        }
        return set;
    }

    static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
    }

    private static Row row(ResultSet rs) throws SQLException {
        Timestamp invited = rs.getTimestamp("last_invited_at");
        String band = rs.getString("age_band");
        String gender = rs.getString("gender");
        return new Row(rs.getObject("member_id", UUID.class), types(rs.getArray("activity_types")),
                strings(rs.getArray("skill_labels")), strings(rs.getArray("languages")),
                City.ofKey(rs.getString("city")).orElse(City.RIYADH), rs.getString("area"), rs.getDouble("latitude"),
                rs.getDouble("longitude"), rs.getInt("travel_radius_km"), rs.getBoolean("remote_ok"),
                rs.getObject("birth_date", LocalDate.class), band == null ? null : AgeBand.valueOf(band),
                gender == null ? null : Gender.valueOf(gender), ZoneId.of(rs.getString("time_zone")),
                (Integer) rs.getObject("max_hours_week"), (Integer) rs.getObject("max_hours_month"), rs.getBoolean("paused"),
                rs.getInt("attended_count"), rs.getInt("no_show_count"), invited == null ? null : invited.toInstant());
    }

    private record Row(UUID memberId, Set<ActivityType> types, List<String> skills, List<String> languages, City city,
                       String area, double latitude, double longitude, int radius, boolean remoteOk, LocalDate birthDate,
                       AgeBand band, Gender gender, ZoneId zone, Integer maxWeek, Integer maxMonth, boolean paused,
                       int attended, int noShows, Instant lastInvitedAt) {

        VolunteerProfile toProfile(List<WeeklySlot> slots, List<DateException> exceptions) {
            return new VolunteerProfile(memberId, types, skills, languages, city, area, latitude, longitude, radius, remoteOk,
                    birthDate, band, gender, new Availability(zone, slots, exceptions, maxWeek, maxMonth, paused),
                    attended, noShows, lastInvitedAt);
        }
    }
}
