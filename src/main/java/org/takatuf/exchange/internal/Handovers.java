package org.takatuf.exchange.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.takatuf.core.ConflictException;
import org.takatuf.core.NotFoundException;
import org.takatuf.core.UserInputException;
import org.takatuf.exchange.HandoverCompleted;
import org.takatuf.identity.Member;
import org.takatuf.identity.Members;

/**
 * From reservation to hand-over. A member reserves an open listing of someone else (an offer to receive
 * it, an ask to answer it, a job to take it); the two write privately; each side agrees to the hand-over
 * and gives a way to be reached (phone, place), which the other side sees only once both have agreed;
 * after the hand-over each side confirms it, and only when both have, it counts ("families helped",
 * "items passed on"). Either side can cancel before that: the listing opens again. Only the two
 * participants can see or touch a hand-over; to anyone else it does not exist (404).
 */
@Service
public class Handovers {

    public enum Status { RESERVED, AGREED, COMPLETED, CANCELLED }

    /** Phone-like runs of digits (Western or Arabic-Indic, with spaces, dots, dashes), hidden until both agree. */
    static final Pattern PHONE = Pattern.compile("\\+?[\\d٠-٩۰-۹](?:[\\s.\\-()]*[\\d٠-٩۰-۹]){6,}");

    private final JdbcClient jdbc;
    private final Listings listings;
    private final Safety safety;
    private final ExchangeNotices notices;
    private final Members members;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Handovers(JdbcClient jdbc, Listings listings, Safety safety, ExchangeNotices notices, Members members,
              ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.listings = listings;
        this.safety = safety;
        this.notices = notices;
        this.members = members;
        this.events = events;
        this.clock = clock;
    }

    /** A hand-over row. Contacts are private: read them through {@link Thread#counterpartContact()}. */
    public record Handover(UUID id, UUID listingId, UUID giverId, UUID receiverId, UUID requestedBy, Status status,
                           String giverContact, String receiverContact, Instant giverAgreedAt, Instant receiverAgreedAt,
                           Instant giverConfirmedAt, Instant receiverConfirmedAt, Instant createdAt) {

        public boolean involves(UUID member) {
            return giverId.equals(member) || receiverId.equals(member);
        }

        public UUID counterpartOf(UUID member) {
            return giverId.equals(member) ? receiverId : giverId;
        }

        public boolean isLive() {
            return status == Status.RESERVED || status == Status.AGREED;
        }
    }

    /** A message as a participant sees it (phone numbers masked until both agreed). */
    public record Message(UUID senderId, String senderName, String body, Instant at, boolean mine) {
    }

    /** What a participant sees of a hand-over. */
    public record Thread(Handover handover, Listing listing, boolean giver, String counterpartName, UUID counterpartId,
                         String counterpartContact, String myContact, boolean iAgreed, boolean theyAgreed,
                         boolean iConfirmed, boolean theyConfirmed, List<Message> messages) {
    }

    private static final String SELECT = """
            SELECT id, listing_id, giver_id, receiver_id, requested_by, status, giver_contact, receiver_contact,
                   giver_agreed_at, receiver_agreed_at, giver_confirmed_at, receiver_confirmed_at, created_at FROM handover""";

    private static Handover row(ResultSet rs, int n) throws SQLException {
        return new Handover(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
                rs.getObject(4, UUID.class), rs.getObject(5, UUID.class), Status.valueOf(rs.getString(6)), rs.getString(7),
                rs.getString(8), instant(rs, 9), instant(rs, 10), instant(rs, 11), instant(rs, 12), instant(rs, 13));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private Optional<Handover> load(UUID id) {
        return jdbc.sql(SELECT + " WHERE id = ? FOR UPDATE").param(id).query(Handovers::row).optional();
    }

    /** The hand-over if {@code member} takes part in it; otherwise it does not exist for them. */
    private Handover participant(UUID member, UUID id) {
        Handover h = load(id).orElseThrow(() -> new NotFoundException("handover"));
        if (!h.involves(member)) {
            throw new NotFoundException("handover");
        }
        return h;
    }

    /** Reserves an open listing of someone else. A second reservation of the same listing is a conflict. */
    @Transactional
    public Handover reserve(UUID member, UUID listingId) {
        Listing listing = listings.findById(listingId).orElseThrow(() -> new NotFoundException("listing"));
        if (listing.isHidden()) {
            throw new NotFoundException("listing");
        }
        if (listing.isOwnedBy(member)) {
            throw new UserInputException("exchange.error.reserve-own");
        }
        if (safety.blockedBetween(member, listing.getOwnerId())) {
            throw new UserInputException("exchange.error.blocked");
        }
        Optional<Handover> mine = liveFor(listingId).filter(h -> h.requestedBy().equals(member));
        if (mine.isPresent()) {
            return mine.get(); // a double submit: the first reservation stands
        }
        if (listing.getStatus() != Listing.Status.OPEN) {
            throw new ConflictException("exchange.error.not-open");
        }
        listing.reserve();
        listings.saveAndFlush(listing);
        boolean ownerGives = listing.getKind().ownerGives() || listing.getKind() == ListingKind.JOB;
        UUID giver = ownerGives ? listing.getOwnerId() : member;
        UUID receiver = ownerGives ? member : listing.getOwnerId();
        UUID id = UUID.randomUUID();
        try {
            jdbc.sql("INSERT INTO handover (id, listing_id, giver_id, receiver_id, requested_by, status, created_at) VALUES (?, ?, ?, ?, ?, 'RESERVED', ?)")
                    .params(id, listingId, giver, receiver, member, Timestamp.from(clock.instant())).update();
        } catch (DuplicateKeyException e) {
            throw new ConflictException("exchange.error.not-open");
        }
        notices.notify(listing.getOwnerId(), "exchange.notice.reserved", "/exchange/handovers/" + id, nameOf(member), listing.getTitle());
        return load(id).orElseThrow();
    }

    public Optional<Handover> liveFor(UUID listingId) {
        return jdbc.sql(SELECT + " WHERE listing_id = ? AND status IN ('RESERVED', 'AGREED')").param(listingId).query(Handovers::row).optional();
    }

    @Transactional
    public void message(UUID member, UUID id, String body) {
        Handover h = participant(member, id);
        if (!h.isLive()) {
            throw new UserInputException("exchange.error.handover-closed");
        }
        if (body == null || body.isBlank()) {
            throw new UserInputException("exchange.error.message-empty");
        }
        if (body.length() > 2000) {
            throw new UserInputException("exchange.error.too-long", 2000);
        }
        safety.checkMessageLimit(member);
        jdbc.sql("INSERT INTO handover_message (handover_id, sender_id, body, created_at) VALUES (?, ?, ?, ?)")
                .params(id, member, body.strip(), Timestamp.from(clock.instant())).update();
        notices.notify(h.counterpartOf(member), "exchange.notice.message", "/exchange/handovers/" + id, nameOf(member));
    }

    /** One side agrees to the hand-over and says how to be reached; when both have, each sees the other's contact. */
    @Transactional
    public void agree(UUID member, UUID id, String contact) {
        Handover h = participant(member, id);
        if (h.status() != Status.RESERVED) {
            throw new UserInputException("exchange.error.handover-closed");
        }
        if (contact == null || contact.isBlank()) {
            throw new UserInputException("exchange.error.contact");
        }
        if (contact.length() > 200) {
            throw new UserInputException("exchange.error.too-long", 200);
        }
        boolean giver = h.giverId().equals(member);
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql(giver ? "UPDATE handover SET giver_contact = ?, giver_agreed_at = ? WHERE id = ?"
                : "UPDATE handover SET receiver_contact = ?, receiver_agreed_at = ? WHERE id = ?")
                .params(contact.strip(), now, id).update();
        boolean both = giver ? h.receiverAgreedAt() != null : h.giverAgreedAt() != null;
        if (both) {
            jdbc.sql("UPDATE handover SET status = 'AGREED' WHERE id = ?").param(id).update();
        }
        notices.notify(h.counterpartOf(member), both ? "exchange.notice.agreed-both" : "exchange.notice.agreed",
                "/exchange/handovers/" + id, nameOf(member));
    }

    /** One side confirms the hand-over took place; when both have, it is complete and counts. */
    @Transactional
    public void confirm(UUID member, UUID id) {
        Handover h = participant(member, id);
        if (h.status() != Status.AGREED) {
            throw new UserInputException("exchange.error.not-agreed");
        }
        boolean giver = h.giverId().equals(member);
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql(giver ? "UPDATE handover SET giver_confirmed_at = coalesce(giver_confirmed_at, ?) WHERE id = ?"
                : "UPDATE handover SET receiver_confirmed_at = coalesce(receiver_confirmed_at, ?) WHERE id = ?").params(now, id).update();
        boolean both = giver ? h.receiverConfirmedAt() != null : h.giverConfirmedAt() != null;
        if (!both) {
            notices.notify(h.counterpartOf(member), "exchange.notice.confirmed", "/exchange/handovers/" + id, nameOf(member));
            return;
        }
        jdbc.sql("UPDATE handover SET status = 'COMPLETED', completed_at = ? WHERE id = ?").params(now, id).update();
        Listing listing = listings.findById(h.listingId()).orElseThrow();
        listing.handedOver();
        notices.notify(h.counterpartOf(member), "exchange.notice.completed", "/exchange/handovers/" + id, listing.getTitle());
        notices.notify(member, "exchange.notice.completed", "/exchange/handovers/" + id, listing.getTitle());
        events.publishEvent(new HandoverCompleted(id, listing.listingId(), h.giverId(), h.receiverId(), listing.getKind().key(),
                listing.getCity().key(), listing.getBoardId()));
    }

    /** Either side calls it off before it is complete; the listing is open again. */
    @Transactional
    public void cancel(UUID member, UUID id) {
        Handover h = participant(member, id);
        if (!h.isLive()) {
            throw new UserInputException("exchange.error.handover-closed");
        }
        jdbc.sql("UPDATE handover SET status = 'CANCELLED' WHERE id = ?").param(id).update();
        Listing listing = listings.findById(h.listingId()).orElseThrow();
        listing.reopen();
        notices.notify(h.counterpartOf(member), "exchange.notice.cancelled", "/exchange/listings/" + listing.getId(), listing.getTitle());
    }

    /** What {@code member} sees of a hand-over they take part in. */
    @Transactional(readOnly = true)
    public Thread thread(UUID member, UUID id) {
        Handover h = jdbc.sql(SELECT + " WHERE id = ?").param(id).query(Handovers::row).optional()
                .filter(x -> x.involves(member)).orElseThrow(() -> new NotFoundException("handover"));
        Listing listing = listings.findById(h.listingId()).orElseThrow();
        boolean giver = h.giverId().equals(member);
        boolean revealed = h.status() == Status.AGREED || h.status() == Status.COMPLETED;
        UUID other = h.counterpartOf(member);
        List<Message> messages = jdbc.sql("SELECT sender_id, body, created_at FROM handover_message WHERE handover_id = ? ORDER BY id")
                .param(id).query((rs, n) -> {
                    UUID sender = rs.getObject(1, UUID.class);
                    String body = revealed ? rs.getString(2) : mask(rs.getString(2));
                    return new Message(sender, null, body, rs.getTimestamp(3).toInstant(), sender.equals(member));
                }).list();
        String myName = nameOf(member);
        String otherName = nameOf(other);
        messages = messages.stream().map(m -> new Message(m.senderId(), m.mine() ? myName : otherName, m.body(), m.at(), m.mine())).toList();
        return new Thread(h, listing, giver, otherName, other,
                revealed ? (giver ? h.receiverContact() : h.giverContact()) : null,
                giver ? h.giverContact() : h.receiverContact(),
                (giver ? h.giverAgreedAt() : h.receiverAgreedAt()) != null, (giver ? h.receiverAgreedAt() : h.giverAgreedAt()) != null,
                (giver ? h.giverConfirmedAt() : h.receiverConfirmedAt()) != null,
                (giver ? h.receiverConfirmedAt() : h.giverConfirmedAt()) != null, messages);
    }

    static String mask(String text) {
        return PHONE.matcher(text).replaceAll("•••");
    }

    /** The member's hand-overs, newest first. */
    @Transactional(readOnly = true)
    public List<Handover> of(UUID member) {
        return jdbc.sql(SELECT + " WHERE giver_id = :m OR receiver_id = :m ORDER BY created_at DESC LIMIT 100").param("m", member)
                .query(Handovers::row).list();
    }

    /** Completed hand-overs counted for a member, a board or a city. */
    public record Impact(long familiesHelped, long itemsPassedOn) {
    }

    /** What a member gave: distinct receivers helped and things passed on. */
    @Transactional(readOnly = true)
    public Impact impactOfMember(UUID member) {
        return impact("h.giver_id = ?", member);
    }

    @Transactional(readOnly = true)
    public Impact impactOfBoard(UUID board) {
        return impact("l.board_id = ?", board);
    }

    @Transactional(readOnly = true)
    public Impact impactOfCity(ExchangeCity city) {
        return impact("l.city = ?", city.name());
    }

    private Impact impact(String where, Object param) {
        return jdbc.sql("SELECT count(DISTINCT h.receiver_id), count(*) FILTER (WHERE l.kind IN ('OFFER_THING', 'ASK_THING')) "
                        + "FROM handover h JOIN listing l ON l.id = h.listing_id WHERE h.status = 'COMPLETED' AND " + where)
                .param(param).query((rs, n) -> new Impact(rs.getLong(1), rs.getLong(2))).single();
    }

    private String nameOf(UUID member) {
        return members.findById(member).map(Member::getDisplayName).orElse("");
    }
}
