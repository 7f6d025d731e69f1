package org.takatuf.directory.internal;

import java.io.InputStream;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.persistence.EntityManager;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.takatuf.core.Money;
import org.takatuf.core.NotFoundException;
import org.takatuf.core.UserInputException;
import org.takatuf.core.files.FileStorage;
import org.takatuf.core.files.Uploads;
import org.takatuf.directory.BusinessEndorsed;
import org.takatuf.directory.BusinessListed;
import org.takatuf.directory.InKindOffered;
import org.takatuf.identity.Member;
import org.takatuf.identity.Members;

/**
 * Business pages and their products, endorsements, ambassadors and their featured lists, in-kind offers.
 * Only a page's owner changes it, adds products or makes offers in its name (others get 403); anyone
 * signed in endorses once per business (not their own); only ambassadors, named by administrators,
 * make featured lists.
 */
@Service
public class Directory {

    public static final int PAGE_SIZE = 24;
    static final String PHOTO_AREA = "directory";

    private final Businesses businesses;
    private final JdbcClient jdbc;
    private final Members members;
    private final FileStorage files;
    private final EntityManager entityManager;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Directory(Businesses businesses, JdbcClient jdbc, Members members, FileStorage files, EntityManager entityManager,
              ApplicationEventPublisher events, Clock clock) {
        this.businesses = businesses;
        this.jdbc = jdbc;
        this.members = members;
        this.files = files;
        this.entityManager = entityManager;
        this.events = events;
        this.clock = clock;
    }

    // --- business pages ---

    /** Opens a page; a double submit (same owner, same name) returns the page opened first. */
    @Transactional
    public Business open(UUID owner, BusinessDraft draft) {
        BusinessDraft d = check(draft);
        Optional<Business> same = businesses.findByOwnerIdOrderByCreatedAt(owner).stream().filter(b -> b.getName().equals(d.name())).findFirst();
        if (same.isPresent()) {
            return same.get();
        }
        String latin = d.name().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        String slug = (latin.isEmpty() ? "local" : latin.substring(0, Math.min(40, latin.length())))
                + "-" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 30, 1L << 35), 36);
        Business b = businesses.saveAndFlush(new Business(slug, owner, d, clock.instant()));
        events.publishEvent(new BusinessListed(b.businessId(), owner, d.city().key(), d.category().key(), d.homeBased(), d.womenOwned()));
        events.publishEvent(new org.takatuf.core.activity.ActivityPublished(b.getId(), "directory.business",
                List.of(org.takatuf.core.activity.ActivityPublished.Source.of("business", b.getId()),
                        org.takatuf.core.activity.ActivityPublished.Source.member(owner)),
                owner, b.getName(), b.getStory(), "/local/" + b.getSlug(), clock.instant()));
        return b;
    }

    @Transactional
    public Business update(UUID member, String slug, BusinessDraft draft) {
        Business b = owned(member, slug);
        b.apply(check(draft));
        return b;
    }

    static BusinessDraft check(BusinessDraft d) {
        if (d.name() == null || d.name().isBlank()) {
            throw new UserInputException("directory.error.name");
        }
        if (d.category() == null) {
            throw new UserInputException("directory.error.category");
        }
        if (d.city() == null) {
            throw new UserInputException("directory.error.city");
        }
        length(d.name(), 120);
        length(d.story(), 4000);
        length(d.deliveryArea(), 200);
        length(d.openingHours(), 300);
        return new BusinessDraft(d.name().strip(), blank(d.story()), d.category(), d.homeBased(), d.womenOwned(), d.city(),
                blank(d.deliveryArea()), ContactLinks.whatsapp(d.whatsapp()), ContactLinks.instagram(d.instagram()),
                ContactLinks.website(d.website()), blank(d.openingHours()));
    }

    private static void length(String value, int max) {
        if (value != null && value.length() > max) {
            throw new UserInputException("directory.error.too-long", max);
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    @Transactional(readOnly = true)
    public Optional<Business> find(String slug) {
        return businesses.findBySlug(slug).filter(b -> !b.isHidden());
    }

    /** A business by id, unless hidden (as {@link #find(String)}). */
    public Optional<Business> find(UUID id) {
        return businesses.findById(id).filter(b -> !b.isHidden());
    }

    private Business owned(UUID member, String slug) {
        Business b = businesses.findBySlug(slug).orElseThrow(() -> new NotFoundException("business"));
        if (!b.isOwnedBy(member)) {
            throw new AccessDeniedException("not the owner of this business");
        }
        return b;
    }

    @Transactional(readOnly = true)
    public List<Business> ownedBy(UUID member) {
        return businesses.findByOwnerIdOrderByCreatedAt(member);
    }

    /** Filters of the browse page; null means any. */
    public record Filter(String query, DirectoryCity city, BusinessCategory category, boolean homeBased, boolean womenOwned, int page) {
    }

    /** A business in a list, with its endorsement count. */
    public record Card(Business business, long endorsements) {
    }

    /** Businesses that pass the filter, most endorsed first. */
    @Transactional(readOnly = true)
    public List<Card> browse(Filter f) {
        List<UUID> matching = null;
        if (f.query() != null && !f.query().isBlank()) {
            matching = Search.session(entityManager).search(Business.class).select(fp -> fp.id(UUID.class))
                    .where(p -> p.bool().must(p.match().fields("searchTitle", "searchText").matching(f.query().strip()))
                            .filter(p.match().field("searchVisible").matching(true)))
                    .fetchHits(500);
            if (matching.isEmpty()) {
                return List.of();
            }
        }
        StringBuilder sql = new StringBuilder("""
                SELECT b.id, (SELECT count(*) FROM endorsement e WHERE e.business_id = b.id) AS endorsements
                  FROM business b WHERE NOT b.hidden""");
        Map<String, Object> params = new HashMap<>();
        if (matching != null) {
            sql.append(" AND b.id = ANY(:ids)");
            params.put("ids", matching.toArray(UUID[]::new));
        }
        if (f.city() != null) {
            sql.append(" AND b.city = :city");
            params.put("city", f.city().name());
        }
        if (f.category() != null) {
            sql.append(" AND b.category = :category");
            params.put("category", f.category().name());
        }
        if (f.homeBased()) {
            sql.append(" AND b.home_based");
        }
        if (f.womenOwned()) {
            sql.append(" AND b.women_owned");
        }
        sql.append(" ORDER BY endorsements DESC, b.created_at DESC, b.id LIMIT :limit OFFSET :offset");
        params.put("limit", PAGE_SIZE);
        params.put("offset", Math.max(0, Math.min(f.page(), 1000)) * PAGE_SIZE);
        Map<UUID, Long> counts = new java.util.LinkedHashMap<>();
        jdbc.sql(sql.toString()).params(params).query(rs -> {
            counts.put(rs.getObject(1, UUID.class), rs.getLong(2));
        });
        return cards(counts);
    }

    private List<Card> cards(Map<UUID, Long> counts) {
        Map<UUID, Business> byId = new HashMap<>();
        businesses.findAllById(counts.keySet()).forEach(b -> byId.put(b.getId(), b));
        return counts.entrySet().stream().filter(e -> byId.containsKey(e.getKey()))
                .map(e -> new Card(byId.get(e.getKey()), e.getValue())).toList();
    }

    // --- products ---

    /** A product with its price in the business's local currency. */
    public record Product(UUID id, String name, String description, Money price, String photo) {
    }

    @Transactional
    public Product addProduct(UUID member, String slug, String name, String description, String price, byte[] photo) {
        Business b = owned(member, slug);
        if (name == null || name.isBlank()) {
            throw new UserInputException("directory.error.product-name");
        }
        length(name, 120);
        length(description, 2000);
        if (price == null || price.isBlank()) {
            throw new UserInputException("directory.error.price");
        }
        Money money = Money.of(price, b.getCity().currency);
        if (money.minorUnits() < 0) {
            throw new UserInputException("directory.error.price");
        }
        long count = jdbc.sql("SELECT count(*) FROM business_product WHERE business_id = ?").param(b.getId()).query(Long.class).single();
        if (count >= 100) {
            throw new UserInputException("directory.error.too-many-products", 100);
        }
        String file = null;
        String type = null;
        if (photo != null && photo.length > 0) {
            Uploads.Reencoded clean = Uploads.reencodeImage(photo);
            file = files.store(PHOTO_AREA, clean.bytes(), clean.kind().extension);
            type = clean.kind().contentType;
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO business_product (id, business_id, name, description, price_minor, currency, photo_file, photo_type, created_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(id, b.getId(), name.strip(), blank(description), money.minorUnits(), money.currency().getCurrencyCode(), file, type,
                        Timestamp.from(clock.instant())).update();
        if (!b.isHidden()) {
            events.publishEvent(new org.takatuf.core.activity.ActivityPublished(id, "directory.product",
                    List.of(org.takatuf.core.activity.ActivityPublished.Source.of("business", b.getId()),
                            org.takatuf.core.activity.ActivityPublished.Source.member(b.getOwnerId())),
                    member, b.getName() + " — " + name.strip(), blank(description) == null ? "" : blank(description),
                    "/local/" + b.getSlug(), clock.instant()));
        }
        return new Product(id, name.strip(), blank(description), money, file);
    }

    @Transactional
    public void removeProduct(UUID member, String slug, UUID product) {
        Business b = owned(member, slug);
        if (jdbc.sql("DELETE FROM business_product WHERE id = ? AND business_id = ?").params(product, b.getId()).update() == 0) {
            throw new NotFoundException("product");
        }
    }

    @Transactional(readOnly = true)
    public List<Product> products(UUID business) {
        return jdbc.sql("SELECT id, name, description, price_minor, currency, photo_file FROM business_product WHERE business_id = ? ORDER BY created_at, id")
                .param(business).query((rs, n) -> new Product(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        Money.ofMinor(rs.getLong(4), rs.getString(5)), rs.getString(6))).list();
    }

    /** A product photo and its content type. */
    public record Photo(InputStream content, String contentType) {
    }

    @Transactional(readOnly = true)
    public Optional<Photo> productPhoto(String slug, UUID product) {
        Business b = find(slug).orElseThrow(() -> new NotFoundException("business"));
        return jdbc.sql("SELECT photo_file, photo_type FROM business_product WHERE id = ? AND business_id = ? AND photo_file IS NOT NULL")
                .params(product, b.getId()).query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).optional()
                .flatMap(r -> files.open(PHOTO_AREA, r[0]).map(in -> new Photo(in, r[1])));
    }

    // --- endorsements ---

    /** An endorsement as the page shows it. */
    public record Endorsement(UUID memberId, String memberName, String line, boolean ambassador) {
    }

    /** Endorses a business with a short line; endorsing again replaces the line. */
    @Transactional
    public void endorse(UUID member, String slug, String line) {
        Business b = find(slug).orElseThrow(() -> new NotFoundException("business"));
        if (b.isOwnedBy(member)) {
            throw new UserInputException("directory.error.endorse-own");
        }
        if (line == null || line.isBlank()) {
            throw new UserInputException("directory.error.line");
        }
        if (line.length() > 140) {
            throw new UserInputException("directory.error.too-long", 140);
        }
        boolean ambassador = isAmbassador(member);
        int added = jdbc.sql("""
                INSERT INTO endorsement (business_id, member_id, line, ambassador, created_at) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (business_id, member_id) DO UPDATE SET line = excluded.line, ambassador = excluded.ambassador""")
                .params(b.getId(), member, line.strip(), ambassador, Timestamp.from(clock.instant())).update();
        if (added > 0) {
            events.publishEvent(new BusinessEndorsed(b.businessId(), b.getOwnerId(), member, ambassador));
        }
    }

    @Transactional
    public void withdrawEndorsement(UUID member, String slug) {
        Business b = find(slug).orElseThrow(() -> new NotFoundException("business"));
        jdbc.sql("DELETE FROM endorsement WHERE business_id = ? AND member_id = ?").params(b.getId(), member).update();
    }

    @Transactional(readOnly = true)
    public List<Endorsement> endorsements(UUID business) {
        return jdbc.sql("""
                SELECT e.member_id, m.display_name, e.line, e.ambassador FROM endorsement e JOIN member m ON m.id = e.member_id
                 WHERE e.business_id = ? ORDER BY e.ambassador DESC, e.created_at DESC LIMIT 200""")
                .param(business).query((rs, n) -> new Endorsement(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getBoolean(4))).list();
    }

    // --- ambassadors and featured lists ---

    public boolean isAmbassador(UUID member) {
        return member != null && jdbc.sql("SELECT count(*) FROM directory_ambassador WHERE member_id = ?").param(member)
                .query(Long.class).single() > 0;
    }

    /** An administrator names a member ambassador by e-mail address. */
    @Transactional
    public void grantAmbassador(UUID admin, String email) {
        Member m = members.findByEmail(email == null ? "" : email.strip().toLowerCase(Locale.ROOT))
                .orElseThrow(() -> new UserInputException("directory.error.no-such-member"));
        jdbc.sql("INSERT INTO directory_ambassador (member_id, granted_by, granted_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
                .params(m.getId(), admin, Timestamp.from(clock.instant())).update();
    }

    @Transactional
    public void revokeAmbassador(UUID member) {
        jdbc.sql("DELETE FROM directory_ambassador WHERE member_id = ?").param(member).update();
    }

    /** An ambassador as the administration page shows them. */
    public record Ambassador(UUID memberId, String name) {
    }

    @Transactional(readOnly = true)
    public List<Ambassador> ambassadors() {
        return jdbc.sql("SELECT a.member_id, m.display_name FROM directory_ambassador a JOIN member m ON m.id = a.member_id ORDER BY m.display_name")
                .query((rs, n) -> new Ambassador(rs.getObject(1, UUID.class), rs.getString(2))).list();
    }

    /** A featured list with its businesses in order. */
    public record FeaturedList(UUID id, String slug, UUID ownerId, String ownerName, String title, String intro, List<Card> businesses) {
    }

    @Transactional
    public FeaturedList createList(UUID member, String title, String intro) {
        if (!isAmbassador(member)) {
            throw new AccessDeniedException("only ambassadors make featured lists");
        }
        if (title == null || title.isBlank()) {
            throw new UserInputException("directory.error.list-title");
        }
        length(title, 140);
        length(intro, 2000);
        String slug = "list-" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 30, 1L << 35), 36);
        jdbc.sql("INSERT INTO featured_list (id, slug, owner_id, title, intro, created_at) VALUES (?, ?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), slug, member, title.strip(), blank(intro), Timestamp.from(clock.instant())).update();
        return list(slug).orElseThrow();
    }

    @Transactional
    public void addToList(UUID member, String listSlug, String businessSlug) {
        FeaturedList l = list(listSlug).orElseThrow(() -> new NotFoundException("list"));
        if (!l.ownerId().equals(member)) {
            throw new AccessDeniedException("not the owner of this list");
        }
        Business b = find(businessSlug).orElseThrow(() -> new UserInputException("directory.error.no-such-business"));
        jdbc.sql("""
                INSERT INTO featured_list_item (list_id, business_id, position, added_at)
                VALUES (?, ?, (SELECT coalesce(max(position), 0) + 1 FROM featured_list_item WHERE list_id = ?), ?) ON CONFLICT DO NOTHING""")
                .params(l.id(), b.getId(), l.id(), Timestamp.from(clock.instant())).update();
    }

    @Transactional(readOnly = true)
    public Optional<FeaturedList> list(String slug) {
        return jdbc.sql("SELECT l.id, l.slug, l.owner_id, m.display_name, l.title, l.intro FROM featured_list l JOIN member m ON m.id = l.owner_id WHERE l.slug = ?")
                .param(slug).query((rs, n) -> new FeaturedList(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, UUID.class),
                        rs.getString(4), rs.getString(5), rs.getString(6), List.of())).optional()
                .map(l -> {
                    Map<UUID, Long> counts = new java.util.LinkedHashMap<>();
                    jdbc.sql("""
                            SELECT i.business_id, (SELECT count(*) FROM endorsement e WHERE e.business_id = i.business_id)
                              FROM featured_list_item i JOIN business b ON b.id = i.business_id
                             WHERE i.list_id = ? AND NOT b.hidden ORDER BY i.position""").param(l.id())
                            .query(rs -> {
                                counts.put(rs.getObject(1, UUID.class), rs.getLong(2));
                            });
                    return new FeaturedList(l.id(), l.slug(), l.ownerId(), l.ownerName(), l.title(), l.intro(), cards(counts));
                });
    }

    /** Recent featured lists (title and slug only filled in, without businesses). */
    @Transactional(readOnly = true)
    public List<FeaturedList> recentLists(int limit) {
        return jdbc.sql("SELECT l.id, l.slug, l.owner_id, m.display_name, l.title, l.intro FROM featured_list l JOIN member m ON m.id = l.owner_id ORDER BY l.created_at DESC LIMIT ?")
                .param(limit).query((rs, n) -> new FeaturedList(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, UUID.class),
                        rs.getString(4), rs.getString(5), rs.getString(6), List.of())).list();
    }

    @Transactional(readOnly = true)
    public List<FeaturedList> listsOf(UUID member) {
        return recentLists(200).stream().filter(l -> l.ownerId().equals(member)).toList();
    }

    // --- in-kind offers ---

    /** Targets of in-kind offers. */
    public static final List<String> TARGET_TYPES = List.of("campaign", "case");

    /** An offer as the business page shows it. */
    public record InKindOffer(UUID id, String targetType, String targetRef, String what, int quantity) {
    }

    @Transactional
    public InKindOffer offerInKind(UUID member, String slug, String targetType, String targetRef, String what, Integer quantity) {
        Business b = owned(member, slug);
        if (targetType == null || !TARGET_TYPES.contains(targetType)) {
            throw new UserInputException("directory.error.target-type");
        }
        if (targetRef == null || targetRef.isBlank() || targetRef.length() > 200) {
            throw new UserInputException("directory.error.target-ref");
        }
        if (what == null || what.isBlank()) {
            throw new UserInputException("directory.error.what");
        }
        length(what, 300);
        if (quantity == null || quantity < 1 || quantity > 1_000_000) {
            throw new UserInputException("directory.error.quantity");
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO in_kind_offer (id, business_id, target_type, target_ref, what, quantity, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(id, b.getId(), targetType, targetRef.strip(), what.strip(), quantity, member, Timestamp.from(clock.instant())).update();
        events.publishEvent(new InKindOffered(id, b.businessId(), targetType, targetRef.strip(), what.strip(), quantity));
        return new InKindOffer(id, targetType, targetRef.strip(), what.strip(), quantity);
    }

    @Transactional(readOnly = true)
    public List<InKindOffer> offers(UUID business) {
        return jdbc.sql("SELECT id, target_type, target_ref, what, quantity FROM in_kind_offer WHERE business_id = ? ORDER BY created_at DESC LIMIT 50")
                .param(business).query((rs, n) -> new InKindOffer(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getInt(5))).list();
    }

}
