package org.takatuf.exchange.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.takatuf.core.search.ArabicAnalysisConfigurer;
import org.takatuf.core.search.PublicSearchable;
import org.takatuf.exchange.ListingId;

/**
 * An offer, an ask or a job of one member, city-wide or on a board. Public (without its owner's contact,
 * which only a matched counterpart sees), and in the platform search while it is open and not hidden.
 */
@Entity
@Table(name = "listing")
@Indexed(index = "listing")
public class Listing implements PublicSearchable {

    /** Open → reserved (a hand-over under way) → done; or withdrawn by its owner. */
    public enum Status { OPEN, RESERVED, DONE, WITHDRAWN }

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ListingKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Category category;

    @Enumerated(EnumType.STRING)
    @Column(name = "item_condition")
    private Condition condition;

    @Column(nullable = false)
    private boolean swap;

    @Column(nullable = false)
    private String title;

    private String description;

    @Column(name = "wanted_in_return")
    private String wantedInReturn;

    private String pay;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ExchangeCity city;

    private String area;

    @Column(name = "board_id")
    private UUID boardId;

    @Column(name = "owner_id", nullable = false)
    private UUID ownerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status = Status.OPEN;

    @Column(nullable = false)
    private boolean hidden;

    @Column(name = "search_keywords")
    private String searchKeywords;

    @Column(name = "client_token")
    private String clientToken;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Listing() {
    }

    Listing(ListingDraft d, UUID ownerId, Instant now, String clientToken) {
        this.id = UUID.randomUUID();
        this.kind = d.kind();
        this.category = d.category();
        this.condition = d.kind() == ListingKind.OFFER_THING ? d.condition() : null;
        this.swap = d.kind() == ListingKind.OFFER_THING && d.swap();
        this.title = d.title();
        this.description = d.description();
        this.wantedInReturn = this.swap ? d.wantedInReturn() : null;
        this.pay = d.kind() == ListingKind.JOB ? d.pay() : null;
        this.city = d.city();
        this.area = d.area();
        this.boardId = d.boardId();
        this.ownerId = ownerId;
        this.createdAt = now;
        this.clientToken = clientToken;
        this.searchKeywords = org.takatuf.core.text.ArabicText.fold(String.join(" ", d.title(), nz(d.description()), nz(d.area())));
    }

    /** The owner changes what it says; the kind and the board stay. Only while it is open. */
    void edit(ListingDraft d) {
        if (status != Status.OPEN) {
            throw new IllegalStateException("Only an open listing can be edited");
        }
        this.category = d.category();
        this.condition = kind == ListingKind.OFFER_THING ? d.condition() : null;
        this.swap = kind == ListingKind.OFFER_THING && d.swap();
        this.title = d.title();
        this.description = d.description();
        this.wantedInReturn = this.swap ? d.wantedInReturn() : null;
        this.pay = kind == ListingKind.JOB ? d.pay() : null;
        this.city = d.city();
        this.area = d.area();
        this.searchKeywords = org.takatuf.core.text.ArabicText.fold(String.join(" ", d.title(), nz(d.description()), nz(d.area())));
    }

    /** A member (not the owner) reserves it: it leaves the open lists. */
    void reserve() {
        if (status != Status.OPEN || hidden) {
            throw new IllegalStateException("Only an open listing can be reserved");
        }
        status = Status.RESERVED;
    }

    /** The reservation was cancelled: it is open again. */
    void reopen() {
        if (status != Status.RESERVED) {
            throw new IllegalStateException("Only a reserved listing can be opened again");
        }
        status = Status.OPEN;
    }

    void handedOver() {
        if (status != Status.RESERVED) {
            throw new IllegalStateException("Only a reserved listing can be handed over");
        }
        status = Status.DONE;
    }

    void withdraw() {
        if (status == Status.DONE || status == Status.WITHDRAWN) {
            throw new IllegalStateException("A finished listing cannot be withdrawn");
        }
        status = Status.WITHDRAWN;
    }

    void hide() {
        hidden = true;
    }

    /** A moderator found nothing wrong: shown again. */
    void unhide() {
        hidden = false;
    }

    public ListingId listingId() {
        return new ListingId(id);
    }

    public UUID getId() {
        return id;
    }

    public ListingKind getKind() {
        return kind;
    }

    public Category getCategory() {
        return category;
    }

    public Condition getCondition() {
        return condition;
    }

    public boolean isSwap() {
        return swap;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public String getWantedInReturn() {
        return wantedInReturn;
    }

    public String getPay() {
        return pay;
    }

    public ExchangeCity getCity() {
        return city;
    }

    public String getArea() {
        return area;
    }

    public UUID getBoardId() {
        return boardId;
    }

    public UUID getOwnerId() {
        return ownerId;
    }

    public Status getStatus() {
        return status;
    }

    public boolean isHidden() {
        return hidden;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public boolean isOwnedBy(UUID member) {
        return ownerId.equals(member);
    }

    public boolean isOpen() {
        return status == Status.OPEN && !hidden;
    }

    // --- search: the same common fields as every public entity ---

    @Override
    @KeywordField(name = "searchType", projectable = Projectable.YES)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    public String getSearchType() {
        return "listing";
    }

    @Override
    @FullTextField(name = "searchTitle", analyzer = ArabicAnalysisConfigurer.ARABIC_EXACT, projectable = Projectable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "title")))
    public String getSearchTitle() {
        return title;
    }

    @Override
    @FullTextField(name = "searchText", analyzer = ArabicAnalysisConfigurer.ARABIC)
    @IndexingDependency(derivedFrom = {
            @ObjectPath(@PropertyValue(propertyName = "title")),
            @ObjectPath(@PropertyValue(propertyName = "description")),
            @ObjectPath(@PropertyValue(propertyName = "area")),
            @ObjectPath(@PropertyValue(propertyName = "wantedInReturn")),
            @ObjectPath(@PropertyValue(propertyName = "searchKeywords"))})
    public String getSearchText() {
        return String.join(" ", title, nz(description), nz(area), nz(wantedInReturn), nz(searchKeywords));
    }

    @Override
    @GenericField(name = "searchSnippet", projectable = Projectable.YES, searchable = Searchable.NO)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "description")))
    public String getSearchSnippet() {
        return nz(description);
    }

    @Override
    @GenericField(name = "searchUrl", projectable = Projectable.YES, searchable = Searchable.NO)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    public String getSearchUrl() {
        return "/exchange/listings/" + id;
    }

    @Override
    @GenericField(name = "searchVisible")
    @IndexingDependency(derivedFrom = {@ObjectPath(@PropertyValue(propertyName = "status")),
            @ObjectPath(@PropertyValue(propertyName = "hidden"))})
    public boolean isSearchVisible() {
        return status == Status.OPEN && !hidden;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
