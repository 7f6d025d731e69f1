package org.takatuf.notifications.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Daily and weekly digests: for each member with unread, not yet e-mailed notifications of a type they
 * want as a digest, one e-mail at most per day (or week) listing them; they are then marked e-mailed so
 * that no digest repeats them.
 */
@Service
public class Digests {

    private final JdbcClient jdbc;
    private final Mailer mailer;
    private final Clock clock;

    Digests(JdbcClient jdbc, Mailer mailer, Clock clock) {
        this.jdbc = jdbc;
        this.mailer = mailer;
        this.clock = clock;
    }

    @Scheduled(cron = "${takatuf.notifications.digest-cron:0 0 6 * * *}", zone = "UTC")
    public void scheduled() {
        send("DAILY");
        send("WEEKLY");
    }

    /** Sends the digests of one frequency that are due; answers how many e-mails went out. */
    @Transactional
    public int send(String frequency) {
        Duration every = frequency.equals("WEEKLY") ? Duration.ofDays(7) : Duration.ofDays(1);
        Instant now = clock.instant();
        // a little slack so that a digest sent at 06:00:05 yesterday is due again at 06:00:00 today
        Instant due = now.minus(every).plus(Duration.ofMinutes(30));
        List<UUID> membersDue = jdbc.sql("""
                        SELECT DISTINCT n.member_id FROM notification n
                        LEFT JOIN notification_preference p ON p.member_id = n.member_id AND p.type = n.type
                        LEFT JOIN notification_digest_run r ON r.member_id = n.member_id AND r.frequency = ?
                        WHERE n.read_at IS NULL AND n.mailed_at IS NULL
                          AND coalesce(p.delivery, CASE WHEN n.type = ANY (?) THEN ? ELSE '-' END) = ?
                          AND (r.sent_at IS NULL OR r.sent_at <= ?)""")
                .params(frequency, defaults(frequency), frequency, frequency, Timestamp.from(due))
                .query(UUID.class).list();
        int sent = 0;
        for (UUID member : membersDue) {
            List<Inbox.Notification> items = jdbc.sql("""
                            SELECT n.id, n.type, n.count, n.arguments, n.link, n.created_at, n.read_at FROM notification n
                            LEFT JOIN notification_preference p ON p.member_id = n.member_id AND p.type = n.type
                            WHERE n.member_id = ? AND n.read_at IS NULL AND n.mailed_at IS NULL
                              AND coalesce(p.delivery, CASE WHEN n.type = ANY (?) THEN ? ELSE '-' END) = ?
                            ORDER BY n.created_at DESC LIMIT 50 FOR UPDATE OF n SKIP LOCKED""")
                    .params(member, defaults(frequency), frequency, frequency).query(Inbox::notification).list();
            if (items.isEmpty()) {
                continue;
            }
            if (mailer.sendDigest(member, items, frequency.toLowerCase(java.util.Locale.ROOT))) {
                sent++;
            }
            jdbc.sql("UPDATE notification SET mailed_at = ? WHERE id = ANY (?)")
                    .params(Timestamp.from(now), items.stream().map(Inbox.Notification::id).toArray(Long[]::new)).update();
            jdbc.sql("""
                    INSERT INTO notification_digest_run (member_id, frequency, sent_at) VALUES (?, ?, ?)
                    ON CONFLICT (member_id, frequency) DO UPDATE SET sent_at = excluded.sent_at""")
                    .params(member, frequency, Timestamp.from(now)).update();
        }
        return sent;
    }

    private static String[] defaults(String frequency) {
        return java.util.Arrays.stream(NotificationType.values()).filter(t -> t.byDefault.name().equals(frequency))
                .map(Enum::name).toArray(String[]::new);
    }
}
