package org.takatuf.giving.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.takatuf.core.Money;
import org.takatuf.core.UserInputException;

/** Reads of stored pledges (the writes are {@link PledgeWriter}'s and the services'). */
@Component
public class Pledges {

    private static final String SELECT = """
            SELECT p.*, m.display_name FROM pledge p JOIN member m ON m.id = p.member_id""";

    private final JdbcClient jdbc;

    Pledges(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Pledge> find(UUID id) {
        return jdbc.sql(SELECT + " WHERE p.id = ?").param(id).query(Pledges::row).optional();
    }

    Optional<Pledge> findForUpdate(UUID id) {
        return jdbc.sql(SELECT + " WHERE p.id = ? FOR UPDATE OF p").param(id).query(Pledges::row).optional();
    }

    Optional<Pledge> byReference(UUID campaignId, String reference) {
        return jdbc.sql(SELECT + " WHERE p.campaign_id = ? AND p.reference = ? FOR UPDATE OF p").params(campaignId, reference)
                .query(Pledges::row).optional();
    }

    /** A campaign's pledge by its reference (stored form, {@link Confirmations#referenceIn}); another campaign's is not found. */
    public Optional<Pledge> withReference(UUID campaignId, String reference) {
        return jdbc.sql(SELECT + " WHERE p.reference = ? AND p.campaign_id = ?").params(reference, campaignId)
                .query(Pledges::row).optional();
    }

    /**
     * Where a page of a campaign's pledges starts: strictly older than this pledge, in the order
     * {@code created_at DESC, id DESC}. Its {@link #token()} is what a paging link carries:
     * {@code <microseconds since 1970>_<pledge id>}.
     */
    public record Cursor(Instant createdAt, UUID id) {

        private static final Pattern TOKEN = Pattern.compile(
                "(\\d{1,18})_(\\p{XDigit}{8}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{12})");
        /** 9999-12-31T23:59:59.999999Z: PostgreSQL and every date library agree up to there. */
        private static final long LAST_MICROS = 253_402_300_799_999_999L;

        public static Cursor after(Pledge last) {
            return new Cursor(last.createdAt(), last.id());
        }

        public String token() {
            return ChronoUnit.MICROS.between(Instant.EPOCH, createdAt) + "_" + id;
        }

        /** The cursor a link carries; a forged or mangled one is a localised 400, never a failed query. */
        public static Cursor parse(String token) {
            Matcher m = token == null ? null : TOKEN.matcher(token);
            if (m == null || !m.matches() || Long.parseLong(m.group(1)) > LAST_MICROS) {
                throw new UserInputException("giving.manage.bad-cursor");
            }
            return new Cursor(Instant.EPOCH.plus(Long.parseLong(m.group(1)), ChronoUnit.MICROS), UUID.fromString(m.group(2)));
        }
    }

    /** One page of pledges, and where the next (older) one starts when there is one. */
    public record Page(List<Pledge> pledges, Optional<Cursor> older) {
    }

    /**
     * A page of a campaign's pledges, newest first ({@code created_at DESC, id DESC}), strictly older than
     * {@code before} when given (keyset paging: never OFFSET, so the thousandth page costs what the first does).
     * It walks {@code pledge_campaign (campaign_id, created_at DESC)} and stops after {@code size} matching rows; the
     * id breaks ties of a timestamp by an incremental sort of the few rows that share it. A status filter is checked
     * on the rows the walk meets (no index of its own: each index on pledge slows every pledge of a viral campaign),
     * so a rare status costs the rows passed over to find a page of it (docs/decisions.md).
     */
    public Page page(UUID campaignId, PledgeFilter filter, Cursor before, int size) {
        List<Object> params = new java.util.ArrayList<>();
        params.add(campaignId);
        if (filter != PledgeFilter.ALL) {
            params.add(filter.statuses().stream().map(Enum::name).toArray(String[]::new));
        }
        if (before != null) {
            params.add(Timestamp.from(before.createdAt()));
            params.add(before.id());
        }
        params.add(size + 1);
        List<Pledge> rows = jdbc.sql(pageSql(filter != PledgeFilter.ALL, before != null)).params(params)
                .query(Pledges::row).list();
        if (rows.size() <= size) {
            return new Page(rows, Optional.empty());
        }
        List<Pledge> page = List.copyOf(rows.subList(0, size));
        return new Page(page, Optional.of(Cursor.after(page.getLast())));
    }

    /**
     * The statement of {@link #page}; its parameters: the campaign, the statuses (text[]) when filtered, the cursor's
     * time and id when paging on, the limit.
     */
    static String pageSql(boolean filtered, boolean after) {
        return SELECT + " WHERE p.campaign_id = ?"
                + (filtered ? " AND p.status = ANY(?::text[])" : "")
                + (after ? " AND (p.created_at, p.id) < (?, ?)" : "")
                + " ORDER BY p.created_at DESC, p.id DESC LIMIT ?";
    }

    public List<Pledge> ofMember(UUID memberId) {
        return jdbc.sql(SELECT + " WHERE p.member_id = ? ORDER BY p.created_at DESC LIMIT 100").param(memberId)
                .query(Pledges::row).list();
    }

    List<Pledge> forUpdate(UUID campaignId, Collection<UUID> ids) {
        return jdbc.sql(SELECT + " WHERE p.campaign_id = ? AND p.id = ANY(?::uuid[]) ORDER BY p.id FOR UPDATE OF p")
                .params(campaignId, ids.stream().map(UUID::toString).toArray(String[]::new)).query(Pledges::row).list();
    }

    void setStatus(UUID id, PledgeStatus status, String timestampColumn, Instant at) {
        jdbc.sql("UPDATE pledge SET status = ?, " + timestampColumn + " = ? WHERE id = ?")
                .params(status.name(), Timestamp.from(at), id).update();
    }

    /** Moves the campaign's live counter for a pledge that leaves the pledged total (expired, refunded). */
    void untally(Pledge p) {
        if (p.amount() != null) {
            jdbc.sql("UPDATE campaign_tally SET pledged_minor = pledged_minor - ? WHERE campaign_id = ?")
                    .params(p.amount().minorUnits(), p.campaignId()).update();
        }
    }

    /** What each referral (share channel, ambassador) brought to a campaign: pledges and money pledged. */
    public record Referral(String referral, long pledges, long amountMinor) {
    }

    /**
     * Read from {@code campaign_referral} (V97), which the pledge writer moves with each batch and a trigger with every
     * pledge that expires, comes back from expiry or changes its amount: not summed from a viral campaign's pledges.
     */
    public List<Referral> referrals(UUID campaignId) {
        return jdbc.sql("""
                        SELECT referral, pledges, amount_minor FROM campaign_referral
                        WHERE campaign_id = ? AND pledges > 0 ORDER BY 2 DESC, 1""")
                .param(campaignId).query((rs, n) -> new Referral(rs.getString(1), rs.getLong(2), rs.getLong(3))).list();
    }

    /** The public names of these pledges' donors; an anonymous gift maps to an empty string. */
    public java.util.Map<UUID, String> publicNames(Collection<UUID> ids) {
        java.util.Map<UUID, String> names = new java.util.HashMap<>();
        if (ids.isEmpty()) {
            return names;
        }
        jdbc.sql("SELECT p.id, CASE WHEN p.anonymous THEN '' ELSE m.display_name END FROM pledge p JOIN member m ON m.id = p.member_id "
                        + "WHERE p.id = ANY(?::uuid[])")
                .param(ids.stream().map(UUID::toString).toArray(String[]::new))
                .query(rs -> {
                    names.put(rs.getObject(1, UUID.class), rs.getString(2));
                });
        return names;
    }

    static Pledge row(ResultSet rs, int n) throws SQLException {
        Currency currency = Currency.getInstance(rs.getString("currency").trim());
        long amount = rs.getLong("amount_minor");
        Money money = rs.wasNull() ? null : new Money(amount, currency);
        int quantity = rs.getInt("quantity");
        Integer q = rs.wasNull() ? null : quantity;
        return new Pledge(rs.getObject("id", UUID.class), rs.getObject("campaign_id", UUID.class),
                rs.getObject("member_id", UUID.class), rs.getString("display_name"), PledgeMethod.valueOf(rs.getString("method")),
                money, rs.getObject("item_id", UUID.class), q, PledgeStatus.valueOf(rs.getString("status")),
                rs.getString("reference"), rs.getBoolean("anonymous"), rs.getString("message"), rs.getString("referral"),
                instant(rs, "created_at"), instant(rs, "expires_at"), instant(rs, "reminded_at"), instant(rs, "confirmed_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
