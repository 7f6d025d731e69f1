package org.takatuf.volunteering.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminds confirmed volunteers of their shift by e-mail and in the app, once, within the day before it
 * starts. Rows are claimed with {@code FOR UPDATE SKIP LOCKED}, so several application instances never
 * send the same reminder twice.
 */
@Component
public class Reminders {

    static final Duration AHEAD = Duration.ofHours(24);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private final JdbcClient jdbc;
    private final Notices notices;
    private final Clock clock;

    Reminders(JdbcClient jdbc, Notices notices, Clock clock) {
        this.jdbc = jdbc;
        this.notices = notices;
        this.clock = clock;
    }

    record Due(UUID signup, UUID member, UUID opportunity, String title, Instant start, ZoneId zone) {
    }

    /** Sends the reminders that are due; returns how many. */
    @Scheduled(fixedDelayString = "${takatuf.volunteering.reminders.every:PT10M}", initialDelayString = "${takatuf.volunteering.reminders.initial-delay:PT1M}")
    @Transactional
    public int sendDue() {
        Instant now = clock.instant();
        List<Due> due = jdbc.sql("""
                SELECT g.id, g.member_id, o.id, o.title, s.starts_at, o.time_zone
                  FROM shift_signup g JOIN shift s ON s.id = g.shift_id JOIN opportunity o ON o.id = s.opportunity_id
                 WHERE g.status = 'CONFIRMED' AND g.reminded_at IS NULL AND s.status = 'OPEN'
                   AND s.starts_at > ? AND s.starts_at <= ?
                 ORDER BY s.starts_at LIMIT 500
                   FOR UPDATE OF g SKIP LOCKED
                """).params(Timestamp.from(now), Timestamp.from(now.plus(AHEAD)))
                .query((rs, n) -> new Due(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
                        rs.getString(4), rs.getTimestamp(5).toInstant(), ZoneId.of(rs.getString(6)))).list();
        for (Due d : due) {
            notices.notify(d.member(), "volunteering.notice.reminder", "/opportunities/" + d.opportunity(), true, d.title(),
                    WHEN.format(d.start().atZone(d.zone())));
            jdbc.sql("UPDATE shift_signup SET reminded_at = ? WHERE id = ?").params(Timestamp.from(now), d.signup()).update();
        }
        return due.size();
    }
}
