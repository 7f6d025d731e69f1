package org.takatuf.exchange.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.takatuf.core.text.ArabicText;
import org.takatuf.exchange.ListingMatched;

/**
 * Matches asks and offers. An ask of a thing is matched with offers of things, an ask of a service with
 * offers of services (jobs are not matched). A candidate must be open, of the same category and city,
 * from another member that neither side blocked, and posted within the match window. Among those, the
 * score prefers the same area (+50), the same board (+20) and recent listings (up to +30, one point less
 * per two days). Each reason is returned so that the page can explain the match.
 */
@Component
public class ListingMatching {

    static final int LIMIT = 20;

    private final Listings listings;
    private final JdbcClient jdbc;
    private final Safety safety;
    private final ExchangeSettings settings;
    private final ExchangeNotices notices;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ListingMatching(Listings listings, JdbcClient jdbc, Safety safety, ExchangeSettings settings, ExchangeNotices notices,
             ApplicationEventPublisher events, Clock clock) {
        this.listings = listings;
        this.jdbc = jdbc;
        this.safety = safety;
        this.settings = settings;
        this.notices = notices;
        this.events = events;
        this.clock = clock;
    }

    /** Why a candidate fits: message keys with one argument each (a category, a city, an area, days). */
    public record Reason(String key, Object argument) {
    }

    /** A listing that fits, with its score and reasons. */
    public record Match(Listing listing, int score, List<Reason> reasons) {
    }

    /** The open listings on the other side that fit {@code listing}, best first. */
    @Transactional(readOnly = true)
    public List<Match> candidates(Listing listing) {
        if (listing.getKind().counterpart().isEmpty() || !listing.isOpen()) {
            return List.of();
        }
        ListingKind other = listing.getKind().counterpart().orElseThrow();
        Instant since = clock.instant().minus(Duration.ofDays(settings.matchWindowDays()));
        List<UUID> ids = jdbc.sql("""
                SELECT id FROM listing
                 WHERE kind = ? AND category = ? AND city = ? AND status = 'OPEN' AND NOT hidden AND owner_id <> ? AND created_at > ?
                 ORDER BY created_at DESC LIMIT 200""")
                .params(other.name(), listing.getCategory().name(), listing.getCity().name(), listing.getOwnerId(), Timestamp.from(since))
                .query(UUID.class).list();
        Set<UUID> blocked = safety.blockedAround(listing.getOwnerId());
        List<Match> matches = new ArrayList<>();
        for (Listing candidate : listings.findAllById(ids)) {
            if (!blocked.contains(candidate.getOwnerId())) {
                matches.add(score(listing, candidate));
            }
        }
        matches.sort(Comparator.comparingInt(Match::score).reversed().thenComparing(m -> m.listing().getCreatedAt(), Comparator.reverseOrder()));
        return matches.size() > LIMIT ? matches.subList(0, LIMIT) : matches;
    }

    Match score(Listing from, Listing candidate) {
        List<Reason> reasons = new ArrayList<>();
        int score = 0;
        reasons.add(new Reason("exchange.match.same-category", candidate.getCategory().messageKey()));
        reasons.add(new Reason("exchange.match.same-city", candidate.getCity().messageKey()));
        if (from.getArea() != null && candidate.getArea() != null
                && !ArabicText.fold(from.getArea()).isBlank() && ArabicText.fold(from.getArea()).strip().equals(ArabicText.fold(candidate.getArea()).strip())) {
            score += 50;
            reasons.add(new Reason("exchange.match.same-area", candidate.getArea()));
        }
        if (from.getBoardId() != null && from.getBoardId().equals(candidate.getBoardId())) {
            score += 20;
            reasons.add(new Reason("exchange.match.same-board", ""));
        }
        long days = Math.max(0, Duration.between(candidate.getCreatedAt(), clock.instant()).toDays());
        score += (int) Math.max(0, 30 - days / 2);
        reasons.add(new Reason("exchange.match.posted-days", days));
        return new Match(candidate, score, reasons);
    }

    /**
     * Records the matches of a newly posted listing and tells both owners of each (an in-app notice and a
     * {@link ListingMatched} event). Called in the posting transaction.
     */
    void recordAndNotify(Listing posted) {
        for (Match m : candidates(posted)) {
            Listing ask = posted.getKind().isAsk() ? posted : m.listing();
            Listing offer = posted.getKind().isAsk() ? m.listing() : posted;
            int added = jdbc.sql("INSERT INTO listing_match (ask_id, offer_id, score, created_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")
                    .params(ask.getId(), offer.getId(), m.score(), Timestamp.from(clock.instant())).update();
            if (added == 0) {
                continue;
            }
            notices.notify(ask.getOwnerId(), "exchange.notice.match-for-ask", "/exchange/listings/" + ask.getId(), offer.getTitle(), ask.getTitle());
            notices.notify(offer.getOwnerId(), "exchange.notice.match-for-offer", "/exchange/listings/" + offer.getId(), ask.getTitle(), offer.getTitle());
            events.publishEvent(new ListingMatched(ask.listingId(), ask.getOwnerId(), offer.listingId(), offer.getOwnerId(), m.score()));
        }
    }
}
