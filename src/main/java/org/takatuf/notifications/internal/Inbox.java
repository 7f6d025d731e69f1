package org.takatuf.notifications.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.takatuf.core.NotFoundException;
import org.takatuf.core.UserInputException;
import org.takatuf.notifications.internal.NotificationType.Delivery;

/**
 * The inbox. Notifications that belong together (replies to the same comment, requests to the same
 * group) are grouped while unread: a new one adds to the count of the unread row ("3 new replies")
 * instead of adding a row, and an instant e-mail goes out only for the first of a group, so a busy
 * thread sends one e-mail, not thirty. Reading the row starts a new group.
 */
@Service
public class Inbox {

    static final String SEPARATOR = "\u001F";

    private final JdbcClient jdbc;
    private final Mailer mailer;
    private final Clock clock;

    Inbox(JdbcClient jdbc, Mailer mailer, Clock clock) {
        this.jdbc = jdbc;
        this.mailer = mailer;
        this.clock = clock;
    }

    public record Notification(long id, NotificationType type, int count, String[] arguments, String link, Instant createdAt,
                               boolean read) {

        /** The message arguments: the count first, then the stored ones, bidi-isolated where people wrote them. */
        public Object[] messageArguments() {
            return type.messageArguments(count, (Object[]) arguments);
        }
    }

    /** Files a notification under the member's preference for its type; {@code group} says what it groups with. */
    @Transactional
    public void notify(UUID member, NotificationType type, String group, String link, Object... arguments) {
        Delivery delivery = preference(member, type);
        if (delivery == Delivery.OFF) {
            return;
        }
        String args = Arrays.stream(arguments).map(String::valueOf).map(s -> s.replace(SEPARATOR, " ")).collect(Collectors.joining(SEPARATOR));
        Integer count = jdbc.sql("""
                        INSERT INTO notification (member_id, type, group_key, arguments, link, created_at) VALUES (?, ?, ?, ?, ?, ?)
                        ON CONFLICT (member_id, type, group_key) WHERE read_at IS NULL
                        DO UPDATE SET count = notification.count + 1, arguments = excluded.arguments, link = excluded.link,
                                      created_at = excluded.created_at
                        RETURNING count""")
                .params(member, type.name(), group, args, link, Timestamp.from(clock.instant()))
                .query(Integer.class).single();
        if (delivery == Delivery.INSTANT && count == 1) {
            long id = jdbc.sql("SELECT id FROM notification WHERE member_id = ? AND type = ? AND group_key = ? AND read_at IS NULL")
                    .params(member, type.name(), group).query(Long.class).single();
            if (mailer.sendOne(member, type, link, type.messageArguments(1, arguments))) {
                jdbc.sql("UPDATE notification SET mailed_at = ? WHERE id = ?").params(Timestamp.from(clock.instant()), id).update();
            }
        }
    }

    public long unread(UUID member) {
        return jdbc.sql("SELECT coalesce(sum(count), 0) FROM notification WHERE member_id = ? AND read_at IS NULL")
                .param(member).query(Long.class).single();
    }

    public List<Notification> recent(UUID member, int limit) {
        return jdbc.sql("""
                        SELECT id, type, count, arguments, link, created_at, read_at FROM notification WHERE member_id = ?
                        ORDER BY read_at IS NOT NULL, created_at DESC, id DESC LIMIT ?""")
                .params(member, limit).query(Inbox::notification).list();
    }

    /** Marks one of the member's own notifications read and answers its link; another member's is a 404. */
    @Transactional
    public String open(UUID member, long id) {
        String link = jdbc.sql("UPDATE notification SET read_at = coalesce(read_at, ?) WHERE id = ? AND member_id = ? RETURNING link")
                .params(Timestamp.from(clock.instant()), id, member).query(String.class).optional()
                .orElseThrow(() -> new NotFoundException("notification"));
        return link == null ? "/notifications" : link;
    }

    @Transactional
    public void markAllRead(UUID member) {
        jdbc.sql("UPDATE notification SET read_at = ? WHERE member_id = ? AND read_at IS NULL")
                .params(Timestamp.from(clock.instant()), member).update();
    }

    public Delivery preference(UUID member, NotificationType type) {
        return jdbc.sql("SELECT delivery FROM notification_preference WHERE member_id = ? AND type = ?")
                .params(member, type.name()).query(String.class).optional().map(Delivery::valueOf).orElse(type.byDefault);
    }

    public Map<NotificationType, Delivery> preferences(UUID member) {
        Map<NotificationType, Delivery> all = new EnumMap<>(NotificationType.class);
        for (NotificationType type : NotificationType.values()) {
            all.put(type, type.byDefault);
        }
        jdbc.sql("SELECT type, delivery FROM notification_preference WHERE member_id = ?").param(member)
                .query(rs -> {
                    try {
                        all.put(NotificationType.valueOf(rs.getString(1)), Delivery.valueOf(rs.getString(2)));
                    } catch (IllegalArgumentException e) {
                        // a type that no longer exists
                    }
                });
        return all;
    }

    @Transactional
    public void setPreference(UUID member, NotificationType type, Delivery delivery) {
        jdbc.sql("""
                INSERT INTO notification_preference (member_id, type, delivery) VALUES (?, ?, ?)
                ON CONFLICT (member_id, type) DO UPDATE SET delivery = excluded.delivery""")
                .params(member, type.name(), delivery.name()).update();
    }

    /** Saves the whole preferences form: one value per type, each must be a known delivery. */
    @Transactional
    public void setPreferences(UUID member, Map<String, String> form) {
        Map<NotificationType, Delivery> chosen = new EnumMap<>(NotificationType.class);
        for (NotificationType type : NotificationType.values()) {
            String value = form.get("type." + type.name());
            if (value == null) {
                continue;
            }
            try {
                chosen.put(type, Delivery.valueOf(value));
            } catch (IllegalArgumentException e) {
                throw new UserInputException("notifications.preferences.unknown");
            }
        }
        chosen.forEach((t, d) -> setPreference(member, t, d));
    }

    /** E-mail stops for one type (or every type): what was e-mailed stays in the inbox only. */
    @Transactional
    public void stopMail(UUID member, NotificationType type) {
        List<NotificationType> types = type == null ? List.of(NotificationType.values()) : List.of(type);
        for (NotificationType t : types) {
            Delivery current = preference(member, t);
            if (current != Delivery.OFF && current != Delivery.INBOX) {
                setPreference(member, t, Delivery.INBOX);
            }
        }
    }

    static Notification notification(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        String args = rs.getString(4);
        return new Notification(rs.getLong(1), NotificationType.valueOf(rs.getString(2)), rs.getInt(3),
                args.isEmpty() ? new String[0] : args.split(SEPARATOR, -1), rs.getString(5), rs.getTimestamp(6).toInstant(),
                rs.getTimestamp(7) != null);
    }
}
