package org.takatuf.volunteering.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Sign-ups, stored with plain SQL. */
@Repository
public class Signups {

    private final JdbcClient jdbc;

    Signups(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Signup> find(UUID id) {
        return jdbc.sql("SELECT * FROM shift_signup WHERE id = ?").param(id).query((rs, n) -> map(rs)).optional();
    }

    public Optional<Signup> find(UUID shiftId, UUID memberId) {
        return jdbc.sql("SELECT * FROM shift_signup WHERE shift_id = ? AND member_id = ?").params(shiftId, memberId)
                .query((rs, n) -> map(rs)).optional();
    }

    public List<Signup> ofShift(UUID shiftId) {
        return jdbc.sql("SELECT * FROM shift_signup WHERE shift_id = ? ORDER BY status, signed_up_at").param(shiftId)
                .query((rs, n) -> map(rs)).list();
    }

    public List<Signup> ofMember(UUID memberId) {
        return jdbc.sql("""
                SELECT g.* FROM shift_signup g JOIN shift s ON s.id = g.shift_id
                 WHERE g.member_id = ? ORDER BY s.starts_at DESC
                """).param(memberId).query((rs, n) -> map(rs)).list();
    }

    public Optional<Signup> firstWaiting(UUID shiftId) {
        return jdbc.sql("SELECT * FROM shift_signup WHERE shift_id = ? AND status = 'WAITLISTED' ORDER BY signed_up_at, id LIMIT 1")
                .param(shiftId).query((rs, n) -> map(rs)).optional();
    }

    public void insert(UUID id, UUID shiftId, UUID memberId, Signup.Status status, Instant now) {
        jdbc.sql("INSERT INTO shift_signup (id, shift_id, member_id, status, signed_up_at) VALUES (?, ?, ?, ?, ?)")
                .params(id, shiftId, memberId, status.name(), Timestamp.from(now)).update();
    }

    public void renew(UUID id, Signup.Status status, Instant now) {
        jdbc.sql("""
                UPDATE shift_signup SET status = ?, signed_up_at = ?, cancelled_at = NULL, checked_in_at = NULL,
                       checked_out_at = NULL, attendance = NULL, minutes = NULL, hours_status = NULL, reminded_at = NULL
                 WHERE id = ?
                """).params(status.name(), Timestamp.from(now), id).update();
    }

    public void setStatus(UUID id, Signup.Status status, Instant now) {
        jdbc.sql("UPDATE shift_signup SET status = ?, cancelled_at = CASE WHEN ? = 'CANCELLED' THEN ? ELSE cancelled_at END WHERE id = ?")
                .params(status.name(), status.name(), Timestamp.from(now), id).update();
    }

    public void checkIn(UUID id, Instant at) {
        jdbc.sql("UPDATE shift_signup SET checked_in_at = ?, attendance = 'ATTENDED', hours_status = coalesce(hours_status, 'PENDING') WHERE id = ?")
                .params(Timestamp.from(at), id).update();
    }

    public void checkOut(UUID id, Instant at, int minutes) {
        jdbc.sql("UPDATE shift_signup SET checked_out_at = ?, minutes = ? WHERE id = ?").params(Timestamp.from(at), minutes, id).update();
    }

    public void markNoShow(UUID id) {
        jdbc.sql("""
                UPDATE shift_signup SET attendance = 'NO_SHOW', checked_in_at = NULL, checked_out_at = NULL, minutes = NULL,
                       hours_status = NULL WHERE id = ?
                """).param(id).update();
    }

    public void approve(UUID id, int minutes, UUID approver, Instant at) {
        jdbc.sql("UPDATE shift_signup SET hours_status = 'APPROVED', minutes = ?, approved_by = ?, approved_at = ? WHERE id = ?")
                .params(minutes, approver, Timestamp.from(at), id).update();
    }

    public void markReminded(UUID id, Instant at) {
        jdbc.sql("UPDATE shift_signup SET reminded_at = ? WHERE id = ?").params(Timestamp.from(at), id).update();
    }

    static Signup map(ResultSet rs) throws SQLException {
        String attendance = rs.getString("attendance");
        String hours = rs.getString("hours_status");
        return new Signup(rs.getObject("id", UUID.class), rs.getObject("shift_id", UUID.class), rs.getObject("member_id", UUID.class),
                Signup.Status.valueOf(rs.getString("status")), instant(rs, "signed_up_at"), instant(rs, "cancelled_at"),
                instant(rs, "checked_in_at"), instant(rs, "checked_out_at"),
                attendance == null ? null : Signup.Attendance.valueOf(attendance),
                (Integer) rs.getObject("minutes"), hours == null ? null : Signup.HoursStatus.valueOf(hours),
                instant(rs, "reminded_at"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
