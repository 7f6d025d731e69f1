package org.takatuf.exchange.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.takatuf.core.NotFoundException;
import org.takatuf.core.UserInputException;
import org.takatuf.core.text.ArabicText;
import org.takatuf.exchange.ListingReported;
import org.takatuf.identity.Member;
import org.takatuf.identity.Members;

/**
 * Keeps the exchange safe: the list of prohibited items, limits for new accounts, blocks between
 * members, and reports (a listing reported by enough different members is hidden until reviewed).
 */
@Component
public class Safety {

    /** Reasons a member can give when reporting. */
    public static final List<String> REASONS = List.of("prohibited", "scam", "abuse", "spam", "other");

    private static final Pattern WORDS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final JdbcClient jdbc;
    private final Listings listings;
    private final ExchangeSettings settings;
    private final Members members;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final Set<String> prohibited = new HashSet<>();

    private final org.springframework.beans.factory.ObjectProvider<org.takatuf.core.moderation.ContentScreening> screening;

    Safety(JdbcClient jdbc, Listings listings, ExchangeSettings settings, Members members, Clock clock, ApplicationEventPublisher events,
           org.springframework.beans.factory.ObjectProvider<org.takatuf.core.moderation.ContentScreening> screening) {
        this.screening = screening;
        this.jdbc = jdbc;
        this.listings = listings;
        this.settings = settings;
        this.members = members;
        this.clock = clock;
        this.events = events;
        settings.prohibited().forEach(w -> prohibited.add(ArabicText.fold(w.strip())));
    }

    /** Refuses a text that names a prohibited item (whole words, after Arabic folding; "ال" prefixes too). */
    void refuseProhibited(String... texts) {
        for (String text : texts) {
            for (String word : WORDS.split(ArabicText.fold(text))) {
                if (word.isEmpty()) {
                    continue;
                }
                String bare = word.startsWith("ال") && word.length() > 3 ? word.substring(2) : word;
                if (prohibited.contains(word) || prohibited.contains(bare)) {
                    throw new UserInputException("exchange.error.prohibited");
                }
            }
        }
    }

    boolean isNewAccount(UUID member) {
        Member m = members.findById(member).orElseThrow(() -> new NotFoundException("member"));
        return m.getCreatedAt().isAfter(clock.instant().minus(Duration.ofDays(settings.newAccountDays())));
    }

    /** Refuses a listing beyond the member's limit for 24 hours (a lower one for new accounts). */
    void checkListingLimit(UUID owner) {
        int limit = isNewAccount(owner) ? settings.newAccountListingsPerDay() : settings.listingsPerDay();
        Instant since = clock.instant().minus(Duration.ofDays(1));
        List<Instant> recent = jdbc.sql("SELECT created_at FROM listing WHERE owner_id = ? AND created_at > ? ORDER BY created_at")
                .params(owner, Timestamp.from(since)).query((rs, n) -> rs.getTimestamp(1).toInstant()).list();
        if (recent.size() >= limit) {
            Instant freed = recent.get(recent.size() - limit).plus(Duration.ofDays(1));
            throw new TooManyRequests("exchange.error.too-many-listings", Duration.between(clock.instant(), freed).toSeconds());
        }
    }

    /** Refuses a hand-over message beyond the member's limit for an hour. */
    void checkMessageLimit(UUID sender) {
        int limit = isNewAccount(sender) ? settings.newAccountMessagesPerHour() : settings.messagesPerHour();
        Instant since = clock.instant().minus(Duration.ofHours(1));
        List<Instant> recent = jdbc.sql("SELECT created_at FROM handover_message WHERE sender_id = ? AND created_at > ? ORDER BY created_at")
                .params(sender, Timestamp.from(since)).query((rs, n) -> rs.getTimestamp(1).toInstant()).list();
        if (recent.size() >= limit) {
            Instant freed = recent.get(recent.size() - limit).plus(Duration.ofHours(1));
            throw new TooManyRequests("exchange.error.too-many-messages", Duration.between(clock.instant(), freed).toSeconds());
        }
    }

    /** True when either member blocked the other. */
    public boolean blockedBetween(UUID a, UUID b) {
        return jdbc.sql("SELECT count(*) FROM exchange_block WHERE (blocker_id = ? AND blocked_id = ?) OR (blocker_id = ? AND blocked_id = ?)")
                .params(a, b, b, a).query(Long.class).single() > 0;
    }

    /** Members that {@code member} blocked or that blocked {@code member}. */
    public Set<UUID> blockedAround(UUID member) {
        return new HashSet<>(jdbc.sql("SELECT blocked_id FROM exchange_block WHERE blocker_id = :m UNION SELECT blocker_id FROM exchange_block WHERE blocked_id = :m")
                .param("m", member).query(UUID.class).list());
    }

    @Transactional
    public void block(UUID blocker, UUID blocked) {
        if (blocker.equals(blocked)) {
            throw new UserInputException("exchange.error.block-self");
        }
        members.findById(blocked).orElseThrow(() -> new NotFoundException("member"));
        jdbc.sql("INSERT INTO exchange_block (blocker_id, blocked_id, created_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
                .params(blocker, blocked, Timestamp.from(clock.instant())).update();
    }

    @Transactional
    public void unblock(UUID blocker, UUID blocked) {
        jdbc.sql("DELETE FROM exchange_block WHERE blocker_id = ? AND blocked_id = ?").params(blocker, blocked).update();
    }

    public List<UUID> blockedBy(UUID blocker) {
        return jdbc.sql("SELECT blocked_id FROM exchange_block WHERE blocker_id = ? ORDER BY created_at").param(blocker).query(UUID.class).list();
    }

    /** Reports a listing once per member; hides it when enough different members reported it. */
    @Transactional
    public boolean reportListing(UUID reporter, UUID listingId, String reason, String note) {
        checkReason(reason);
        Listing listing = listings.findById(listingId).orElseThrow(() -> new NotFoundException("listing"));
        if (listing.isHidden() && !listing.isOwnedBy(reporter)) {
            throw new NotFoundException("listing");
        }
        if (listing.isOwnedBy(reporter)) {
            throw new UserInputException("exchange.error.report-own");
        }
        int added = jdbc.sql("INSERT INTO exchange_report (reporter_id, listing_id, reason, note, created_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")
                .params(reporter, listing.getId(), reason, trim(note), Timestamp.from(clock.instant())).update();
        long count = jdbc.sql("SELECT count(DISTINCT reporter_id) FROM exchange_report WHERE listing_id = ?").param(listing.getId())
                .query(Long.class).single();
        boolean hide = count >= settings.hideAfterReports() && !listing.isHidden();
        if (hide) {
            listing.hide();
            events.publishEvent(new org.takatuf.core.activity.ContentVisibilityChanged("listing", listing.getId(), false));
            // a moderator reviews every hide that members' reports caused: confirm it or restore the listing
            screening.ifAvailable(s -> s.hiddenByReports("listing", listing.getId(), listing.getOwnerId()));
        }
        if (added > 0) {
            events.publishEvent(new ListingReported(reporter, listing.listingId(), null, reason, listing.isHidden()));
        }
        return added > 0;
    }

    @Transactional
    public boolean reportMember(UUID reporter, UUID member, String reason, String note) {
        checkReason(reason);
        if (reporter.equals(member)) {
            throw new UserInputException("exchange.error.report-own");
        }
        members.findById(member).orElseThrow(() -> new NotFoundException("member"));
        int added = jdbc.sql("INSERT INTO exchange_report (reporter_id, member_id, reason, note, created_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")
                .params(reporter, member, reason, trim(note), Timestamp.from(clock.instant())).update();
        if (added > 0) {
            events.publishEvent(new ListingReported(reporter, null, member, reason, false));
        }
        return added > 0;
    }

    private static void checkReason(String reason) {
        if (reason == null || !REASONS.contains(reason)) {
            throw new UserInputException("exchange.error.report-reason");
        }
    }

    private static String trim(String note) {
        if (note == null || note.isBlank()) {
            return null;
        }
        if (note.length() > 1000) {
            throw new UserInputException("exchange.error.too-long", 1000);
        }
        return note.strip();
    }
}
