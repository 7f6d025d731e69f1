package org.takatuf.exchange.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.takatuf.core.NotFoundException;
import org.takatuf.core.UserInputException;

/**
 * Boards: a barter group's own board (LibanTroc's model). Any member can open one and join one; only
 * members of a board post to it. Its listings also appear city-wide.
 */
@Component
public class Boards {

    private final JdbcClient jdbc;
    private final Clock clock;

    Boards(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A board as its pages show it. */
    public record Board(UUID id, String slug, String name, String description, ExchangeCity city, UUID ownerId, long members) {
    }

    @Transactional
    public Board create(UUID owner, String name, String description, ExchangeCity city) {
        if (name == null || name.isBlank()) {
            throw new UserInputException("exchange.error.board-name");
        }
        if (name.length() > 120 || (description != null && description.length() > 2000)) {
            throw new UserInputException("exchange.error.too-long", name.length() > 120 ? 120 : 2000);
        }
        String latin = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        String slug = (latin.isEmpty() ? "board" : latin.substring(0, Math.min(40, latin.length())))
                + "-" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 30, 1L << 35), 36);
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO exchange_board (id, slug, name, description, city, owner_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(id, slug, name.strip(), description == null || description.isBlank() ? null : description.strip(),
                        city == null ? null : city.name(), owner, Timestamp.from(clock.instant())).update();
        join(id, owner);
        return bySlug(slug).orElseThrow();
    }

    @Transactional
    public void join(UUID board, UUID member) {
        jdbc.sql("INSERT INTO exchange_board_member (board_id, member_id, joined_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
                .params(board, member, Timestamp.from(clock.instant())).update();
    }

    @Transactional
    public void leave(UUID board, UUID member) {
        Board b = byId(board).orElseThrow(() -> new NotFoundException("board"));
        if (b.ownerId().equals(member)) {
            throw new UserInputException("exchange.error.owner-leaves");
        }
        jdbc.sql("DELETE FROM exchange_board_member WHERE board_id = ? AND member_id = ?").params(board, member).update();
    }

    public boolean isMember(UUID board, UUID member) {
        return member != null && jdbc.sql("SELECT count(*) FROM exchange_board_member WHERE board_id = ? AND member_id = ?")
                .params(board, member).query(Long.class).single() > 0;
    }

    private static final String SELECT = """
            SELECT b.id, b.slug, b.name, b.description, b.city, b.owner_id,
                   (SELECT count(*) FROM exchange_board_member m WHERE m.board_id = b.id) AS members
              FROM exchange_board b""";

    private List<Board> query(String where, Object... params) {
        return jdbc.sql(SELECT + " " + where).params(params).query((rs, n) -> new Board(rs.getObject(1, UUID.class), rs.getString(2),
                rs.getString(3), rs.getString(4), rs.getString(5) == null ? null : ExchangeCity.valueOf(rs.getString(5)),
                rs.getObject(6, UUID.class), rs.getLong(7))).list();
    }

    public Optional<Board> bySlug(String slug) {
        return query("WHERE b.slug = ?", slug).stream().findFirst();
    }

    public Optional<Board> byId(UUID id) {
        return query("WHERE b.id = ?", id).stream().findFirst();
    }

    public List<Board> all() {
        return query("ORDER BY members DESC, b.created_at LIMIT 100");
    }

    /** Boards the member belongs to (where they may post). */
    public List<Board> of(UUID member) {
        return query("WHERE b.id IN (SELECT board_id FROM exchange_board_member WHERE member_id = ?) ORDER BY b.name", member);
    }
}
