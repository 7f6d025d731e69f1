package org.takatuf.exchange.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.takatuf.core.text.Bidi;

/**
 * In-app notices of the exchange (new matches, reservations, messages, agreements, hand-overs), shown
 * in the member's exchange space. Arguments are plain text joined by a unit separator. The
 * notifications module can take over delivery (e-mail, digests) from the published events.
 */
@Component
public class ExchangeNotices {

    private static final String SEPARATOR = "\u001F";

    private final JdbcClient jdbc;
    private final Clock clock;

    ExchangeNotices(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void notify(UUID member, String key, String link, Object... arguments) {
        String args = Arrays.stream(arguments).map(String::valueOf).map(s -> s.replace(SEPARATOR, " "))
                .collect(Collectors.joining(SEPARATOR));
        jdbc.sql("INSERT INTO exchange_notice (member_id, message_key, arguments, link, created_at) VALUES (?, ?, ?, ?, ?)")
                .params(member, key, args, link, Timestamp.from(clock.instant())).update();
    }

    /** A notice as the member's space shows it. */
    public record Notice(long id, String key, Object[] arguments, String link, Instant createdAt, boolean read) {

        /**
         * The arguments of {@link #key()}, each wrapped in FSI … PDI ({@link Bidi#isolate}): they are all names and
         * listing titles that people wrote, isolated here, when the sentence is rendered, and not in the stored data.
         */
        public Object[] messageArguments() {
            return Arrays.stream(arguments).map(Bidi::isolate).toArray();
        }
    }

    public List<Notice> recent(UUID member, int limit) {
        return jdbc.sql("SELECT id, message_key, arguments, link, created_at, read_at FROM exchange_notice WHERE member_id = ? "
                        + "ORDER BY created_at DESC, id DESC LIMIT ?")
                .params(member, limit)
                .query((rs, n) -> new Notice(rs.getLong(1), rs.getString(2),
                        rs.getString(3).isEmpty() ? new Object[0] : rs.getString(3).split(SEPARATOR, -1), rs.getString(4),
                        rs.getTimestamp(5).toInstant(), rs.getTimestamp(6) != null)).list();
    }

    public void markAllRead(UUID member) {
        jdbc.sql("UPDATE exchange_notice SET read_at = ? WHERE member_id = ? AND read_at IS NULL")
                .params(Timestamp.from(clock.instant()), member).update();
    }
}
