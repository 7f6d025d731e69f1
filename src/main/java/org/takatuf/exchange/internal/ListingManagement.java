package org.takatuf.exchange.internal;

import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.takatuf.core.NotFoundException;
import org.takatuf.core.UserInputException;
import org.takatuf.core.files.FileStorage;
import org.takatuf.core.files.Uploads;
import org.takatuf.core.moderation.ContentScreening;
import org.takatuf.exchange.ListingPosted;

/** Posting, finding, listing and withdrawing listings, and their photos. */
@Service
public class ListingManagement {

    public static final int PAGE_SIZE = 24;
    public static final int MAX_PHOTOS = 4;
    static final String PHOTO_AREA = "exchange";

    private final Listings listings;
    private final JdbcClient jdbc;
    private final Safety safety;
    private final ListingMatching matching;
    private final Boards boards;
    private final FileStorage files;
    private final EntityManager entityManager;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ObjectProvider<ContentScreening> screening;

    ListingManagement(Listings listings, JdbcClient jdbc, Safety safety, ListingMatching matching, Boards boards, FileStorage files,
                      EntityManager entityManager, ApplicationEventPublisher events, Clock clock,
                      ObjectProvider<ContentScreening> screening) {
        this.listings = listings;
        this.jdbc = jdbc;
        this.safety = safety;
        this.matching = matching;
        this.boards = boards;
        this.files = files;
        this.entityManager = entityManager;
        this.events = events;
        this.clock = clock;
        this.screening = screening;
    }

    /** A photo to attach: the raw bytes of an upload. */
    public record PhotoUpload(byte[] bytes) {
    }

    /**
     * Posts a listing after checking it (fields, prohibited items, the owner's limit, board membership),
     * attaches up to {@value #MAX_PHOTOS} photos re-encoded without metadata, records its matches and tells
     * both sides. The same {@code clientToken} (one per form) posts once: a double submit returns the first.
     */
    @Transactional
    public Listing post(UUID owner, ListingDraft draft, List<PhotoUpload> photos, String clientToken) {
        String token = clientToken == null || clientToken.isBlank() || clientToken.length() > 64 ? null : clientToken;
        if (token != null) {
            Optional<Listing> earlier = listings.findByClientToken(token);
            if (earlier.isPresent()) {
                if (!earlier.get().isOwnedBy(owner)) {
                    throw new UserInputException("error.400");
                }
                return earlier.get();
            }
        }
        check(draft);
        safety.refuseProhibited(draft.title(), nz(draft.description()), nz(draft.wantedInReturn()));
        if (draft.boardId() != null && !boards.isMember(draft.boardId(), owner)) {
            throw new UserInputException("exchange.error.not-board-member");
        }
        if (photos.size() > MAX_PHOTOS) {
            throw new UserInputException("exchange.error.too-many-photos", MAX_PHOTOS);
        }
        safety.checkListingLimit(owner);
        List<Uploads.Reencoded> clean = photos.stream().map(p -> Uploads.reencodeImage(p.bytes())).toList();
        Listing listing = listings.saveAndFlush(new Listing(draft, owner, clock.instant(), token));
        int position = 0;
        for (Uploads.Reencoded image : clean) {
            String name = files.store(PHOTO_AREA, image.bytes(), image.kind().extension);
            jdbc.sql("INSERT INTO listing_photo (id, listing_id, file_name, content_type, position) VALUES (?, ?, ?, ?, ?)")
                    .params(UUID.randomUUID(), listing.getId(), name, image.kind().contentType, position++).update();
        }
        // an automatic hold (moderation) keeps it hidden, unannounced and unmatched until a moderator looked at it
        ContentScreening screen = screening.getIfAvailable();
        if (screen != null && screen.screen("listing", listing.getId(), owner,
                String.join("\n", draft.title(), nz(draft.description()), nz(draft.wantedInReturn()))).isPresent()) {
            listing.hide();
            return listing;
        }
        events.publishEvent(new ListingPosted(listing.listingId(), owner, draft.kind().key(), draft.category().key(),
                draft.city().key(), draft.boardId()));
        matching.recordAndNotify(listing);
        return listing;
    }

    static void check(ListingDraft d) {
        if (d.kind() == null) {
            throw new UserInputException("exchange.error.kind");
        }
        if (d.category() == null) {
            throw new UserInputException("exchange.error.category");
        }
        if (d.city() == null) {
            throw new UserInputException("exchange.error.city");
        }
        if (d.title() == null || d.title().isBlank()) {
            throw new UserInputException("exchange.error.title");
        }
        length(d.title(), 140);
        length(d.description(), 4000);
        length(d.area(), 80);
        length(d.wantedInReturn(), 1000);
        length(d.pay(), 140);
        if (d.kind() == ListingKind.OFFER_THING && d.condition() == null) {
            throw new UserInputException("exchange.error.condition");
        }
        if (d.kind() == ListingKind.OFFER_THING && d.swap() && (d.wantedInReturn() == null || d.wantedInReturn().isBlank())) {
            throw new UserInputException("exchange.error.wanted");
        }
    }

    private static void length(String value, int max) {
        if (value != null && value.length() > max) {
            throw new UserInputException("exchange.error.too-long", max);
        }
    }

    @Transactional(readOnly = true)
    public Optional<Listing> find(UUID id) {
        return listings.findById(id);
    }

    /** The listing if {@code viewer} may see it: hidden listings only to their owner. */
    @Transactional(readOnly = true)
    public Listing visible(UUID id, UUID viewer) {
        Listing l = listings.findById(id).orElseThrow(() -> new NotFoundException("listing"));
        if (l.isHidden() && !l.isOwnedBy(viewer)) {
            throw new NotFoundException("listing");
        }
        return l;
    }

    /** The owner edits an open listing (checked like a new one); new matches are recorded and told. */
    @Transactional
    public Listing edit(UUID member, UUID id, ListingDraft draft) {
        Listing l = listings.findById(id).orElseThrow(() -> new NotFoundException("listing"));
        if (!l.isOwnedBy(member)) {
            throw new AccessDeniedException("not the owner");
        }
        if (l.getStatus() != Listing.Status.OPEN) {
            throw new UserInputException("exchange.error.edit-closed");
        }
        ListingDraft d = new ListingDraft(l.getKind(), draft.category(), draft.condition(), draft.swap(), draft.title(), draft.description(),
                draft.wantedInReturn(), draft.pay(), draft.city(), draft.area(), l.getBoardId());
        check(d);
        safety.refuseProhibited(d.title(), nz(d.description()), nz(d.wantedInReturn()));
        l.edit(d);
        listings.saveAndFlush(l);
        matching.recordAndNotify(l);
        return l;
    }

    @Transactional
    public void withdraw(UUID member, UUID id) {
        Listing l = listings.findById(id).orElseThrow(() -> new NotFoundException("listing"));
        if (!l.isOwnedBy(member)) {
            throw new AccessDeniedException("not the owner");
        }
        if (l.getStatus() == Listing.Status.RESERVED) {
            throw new UserInputException("exchange.error.withdraw-reserved");
        }
        l.withdraw();
    }

    /** Names of the listing's photos, in order. */
    @Transactional(readOnly = true)
    public List<String> photos(UUID listing) {
        return jdbc.sql("SELECT file_name FROM listing_photo WHERE listing_id = ? ORDER BY position").param(listing).query(String.class).list();
    }

    /** A photo of a listing that {@code viewer} may see, with its content type. */
    public record Photo(InputStream content, String contentType) {
    }

    @Transactional(readOnly = true)
    public Optional<Photo> photo(UUID listingId, String name, UUID viewer) {
        visible(listingId, viewer);
        return jdbc.sql("SELECT content_type FROM listing_photo WHERE listing_id = ? AND file_name = ?").params(listingId, name)
                .query(String.class).optional()
                .flatMap(type -> files.open(PHOTO_AREA, name).map(in -> new Photo(in, type)));
    }

    /** Filters of the public list; any may be null. */
    public record Filter(String query, ListingKind kind, Category category, ExchangeCity city, UUID board, Boolean free, int page) {
    }

    /** Open listings, newest first, without those of members the viewer blocked or who blocked the viewer. */
    @Transactional(readOnly = true)
    public List<Listing> list(Filter f, UUID viewer) {
        List<UUID> matching = null;
        if (f.query() != null && !f.query().isBlank()) {
            matching = Search.session(entityManager).search(Listing.class)
                    .select(fp -> fp.id(UUID.class))
                    .where(p -> p.bool().must(p.match().fields("searchTitle", "searchText").matching(f.query().strip()))
                            .filter(p.match().field("searchVisible").matching(true)))
                    .fetchHits(500);
            if (matching.isEmpty()) {
                return List.of();
            }
        }
        StringBuilder sql = new StringBuilder("SELECT id FROM listing WHERE status = 'OPEN' AND NOT hidden");
        Map<String, Object> params = new HashMap<>();
        if (matching != null) {
            sql.append(" AND id = ANY(:ids)");
            params.put("ids", matching.toArray(UUID[]::new));
        }
        if (f.kind() != null) {
            sql.append(" AND kind = :kind");
            params.put("kind", f.kind().name());
        }
        if (f.category() != null) {
            sql.append(" AND category = :category");
            params.put("category", f.category().name());
        }
        if (f.city() != null) {
            sql.append(" AND city = :city");
            params.put("city", f.city().name());
        }
        if (f.board() != null) {
            sql.append(" AND board_id = :board");
            params.put("board", f.board());
        }
        if (Boolean.TRUE.equals(f.free())) {
            sql.append(" AND kind = 'OFFER_THING' AND NOT swap");
        }
        if (viewer != null) {
            List<UUID> blocked = new ArrayList<>(safety.blockedAround(viewer));
            if (!blocked.isEmpty()) {
                sql.append(" AND owner_id <> ALL(:blocked)");
                params.put("blocked", blocked.toArray(UUID[]::new));
            }
        }
        sql.append(" ORDER BY created_at DESC, id LIMIT :limit OFFSET :offset");
        params.put("limit", PAGE_SIZE);
        params.put("offset", Math.max(0, Math.min(f.page(), 1000)) * PAGE_SIZE);
        List<UUID> ids = jdbc.sql(sql.toString()).params(params).query(UUID.class).list();
        Map<UUID, Listing> byId = new HashMap<>();
        listings.findAllById(ids).forEach(l -> byId.put(l.getId(), l));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    /** The member's own listings, newest first. */
    @Transactional(readOnly = true)
    public List<Listing> mine(UUID owner) {
        List<UUID> ids = jdbc.sql("SELECT id FROM listing WHERE owner_id = ? ORDER BY created_at DESC LIMIT 200").param(owner).query(UUID.class).list();
        Map<UUID, Listing> byId = new HashMap<>();
        listings.findAllById(ids).forEach(l -> byId.put(l.getId(), l));
        return ids.stream().map(byId::get).toList();
    }

    /** Recorded matches of a listing (both directions), for its owner's list of "what fits". */
    @Transactional(readOnly = true)
    public long matchCount(UUID listing) {
        return jdbc.sql("SELECT count(*) FROM listing_match WHERE ask_id = :id OR offer_id = :id").param("id", listing).query(Long.class).single();
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }
}
