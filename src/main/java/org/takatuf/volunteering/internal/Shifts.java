package org.takatuf.volunteering.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.takatuf.volunteering.ActivityType;

/** Shifts, stored with plain SQL; places are taken with a row lock ({@link #lock}). */
@Repository
public class Shifts {

    static final String COLUMNS = "s.id, s.opportunity_id, s.organisation_id, s.activity_type, s.required_skills, s.languages, "
            + "s.latitude, s.longitude, s.remote, s.min_age, s.gender_restriction, s.starts_at, s.ends_at, s.local_date, "
            + "s.capacity, s.taken, s.status, s.checkin_code";

    private final JdbcClient jdbc;

    Shifts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Shift s, Instant now) {
        jdbc.sql("""
                INSERT INTO shift (id, opportunity_id, organisation_id, activity_type, required_skills, languages, latitude,
                    longitude, remote, min_age, gender_restriction, starts_at, ends_at, local_date, utc_week, capacity, taken,
                    status, checkin_code, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::int4multirange, ?, 0, 'OPEN', ?, ?)
                """)
                .params(s.id(), s.opportunityId(), s.organisationId(), s.activityType().code,
                        s.requiredSkills().toArray(String[]::new), s.languages().toArray(String[]::new), s.latitude(),
                        s.longitude(), s.remote(), s.minAge(), s.genderRestriction().name(), Timestamp.from(s.startsAt()),
                        Timestamp.from(s.endsAt()), s.localDate(),
                        Availability.multirange(Availability.utcWeekRanges(s.startsAt(), s.endsAt())), s.capacity(),
                        s.checkinCode(), Timestamp.from(now))
                .update();
    }

    public Optional<Shift> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM shift s WHERE s.id = ?").param(id).query((rs, n) -> map(rs)).optional();
    }

    /** Reads the shift and locks its row until the transaction ends: sign-ups of one shift queue here. */
    public Optional<Shift> lock(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM shift s WHERE s.id = ? FOR UPDATE").param(id).query((rs, n) -> map(rs)).optional();
    }

    public List<Shift> ofOpportunity(UUID opportunityId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM shift s WHERE s.opportunity_id = ? ORDER BY s.starts_at")
                .param(opportunityId).query((rs, n) -> map(rs)).list();
    }

    public List<Shift> findAll(List<UUID> ids) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM shift s WHERE s.id = ANY(?)").param(ids.toArray(UUID[]::new))
                .query((rs, n) -> map(rs)).list();
    }

    public void setTaken(UUID id, int taken) {
        jdbc.sql("UPDATE shift SET taken = ? WHERE id = ?").params(taken, id).update();
    }

    public void cancelAllOf(UUID opportunityId) {
        jdbc.sql("UPDATE shift SET status = 'CANCELLED' WHERE opportunity_id = ?").param(opportunityId).update();
    }

    static Shift map(ResultSet rs) throws SQLException {
        return new Shift(rs.getObject("id", UUID.class), rs.getObject("opportunity_id", UUID.class),
                rs.getObject("organisation_id", UUID.class), ActivityType.ofCode(rs.getInt("activity_type")),
                VolunteerProfiles.strings(rs.getArray("required_skills")), VolunteerProfiles.strings(rs.getArray("languages")),
                (Double) rs.getObject("latitude"), (Double) rs.getObject("longitude"), rs.getBoolean("remote"),
                (Integer) (rs.getObject("min_age") == null ? null : rs.getInt("min_age")),
                GenderRestriction.valueOf(rs.getString("gender_restriction")), rs.getTimestamp("starts_at").toInstant(),
                rs.getTimestamp("ends_at").toInstant(), rs.getObject("local_date", LocalDate.class), rs.getInt("capacity"),
                rs.getInt("taken"), rs.getString("status"), rs.getString("checkin_code"));
    }
}
