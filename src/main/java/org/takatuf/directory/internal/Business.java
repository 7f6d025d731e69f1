package org.takatuf.directory.internal;

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
import org.takatuf.core.text.ArabicText;
import org.takatuf.directory.BusinessId;

/** A small or home business's public page. Its owner edits it; everyone can read it and find it in the search. */
@Entity
@Table(name = "business")
@Indexed(index = "business")
public class Business implements PublicSearchable {

    @Id
    private UUID id;

    @Column(nullable = false)
    private String slug;

    @Column(name = "owner_id", nullable = false)
    private UUID ownerId;

    @Column(nullable = false)
    private String name;

    private String story;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private BusinessCategory category;

    @Column(name = "home_based", nullable = false)
    private boolean homeBased;

    @Column(name = "women_owned", nullable = false)
    private boolean womenOwned;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DirectoryCity city;

    @Column(name = "delivery_area")
    private String deliveryArea;

    private String whatsapp;

    private String instagram;

    private String website;

    @Column(name = "opening_hours")
    private String openingHours;

    @Column(name = "search_keywords")
    private String searchKeywords;

    @Column(nullable = false)
    private boolean hidden;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Business() {
    }

    Business(String slug, UUID ownerId, BusinessDraft d, Instant now) {
        this.id = UUID.randomUUID();
        this.slug = slug;
        this.ownerId = ownerId;
        this.createdAt = now;
        apply(d);
    }

    /** Replaces the editable fields with a checked draft. */
    void apply(BusinessDraft d) {
        this.name = d.name();
        this.story = d.story();
        this.category = d.category();
        this.homeBased = d.homeBased();
        this.womenOwned = d.womenOwned();
        this.city = d.city();
        this.deliveryArea = d.deliveryArea();
        this.whatsapp = d.whatsapp();
        this.instagram = d.instagram();
        this.website = d.website();
        this.openingHours = d.openingHours();
        this.searchKeywords = ArabicText.fold(String.join(" ", d.name(), d.story() == null ? "" : d.story()));
    }

    public BusinessId businessId() {
        return new BusinessId(id);
    }

    public UUID getId() { return id; }
    public String getSlug() { return slug; }
    public UUID getOwnerId() { return ownerId; }
    public String getName() { return name; }
    public String getStory() { return story; }
    public BusinessCategory getCategory() { return category; }
    public boolean isHomeBased() { return homeBased; }
    public boolean isWomenOwned() { return womenOwned; }
    public DirectoryCity getCity() { return city; }
    public String getDeliveryArea() { return deliveryArea; }
    public String getWhatsapp() { return whatsapp; }
    public String getInstagram() { return instagram; }
    public String getWebsite() { return website; }
    public String getOpeningHours() { return openingHours; }
    public boolean isHidden() { return hidden; }

    /** A moderator hid it (or showed it again): its page answers 404 while hidden. */
    void hidden(boolean value) { this.hidden = value; }
    public Instant getCreatedAt() { return createdAt; }

    public boolean isOwnedBy(UUID member) {
        return ownerId.equals(member);
    }

    /** The WhatsApp link ({@code wa.me} takes digits only). */
    public String getWhatsappUrl() {
        return whatsapp == null ? null : "https://wa.me/" + whatsapp.replace("+", "");
    }

    public String getInstagramUrl() {
        return instagram == null ? null : "https://www.instagram.com/" + instagram + "/";
    }

    // --- search: the same common fields as every public entity ---

    @Override
    @KeywordField(name = "searchType", projectable = Projectable.YES)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    public String getSearchType() {
        return "business";
    }

    @Override
    @FullTextField(name = "searchTitle", analyzer = ArabicAnalysisConfigurer.ARABIC_EXACT, projectable = Projectable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "name")))
    public String getSearchTitle() {
        return name;
    }

    @Override
    @FullTextField(name = "searchText", analyzer = ArabicAnalysisConfigurer.ARABIC)
    @IndexingDependency(derivedFrom = {
            @ObjectPath(@PropertyValue(propertyName = "name")),
            @ObjectPath(@PropertyValue(propertyName = "story")),
            @ObjectPath(@PropertyValue(propertyName = "deliveryArea")),
            @ObjectPath(@PropertyValue(propertyName = "searchKeywords"))})
    public String getSearchText() {
        return String.join(" ", name, nz(story), nz(deliveryArea), nz(searchKeywords));
    }

    @Override
    @GenericField(name = "searchSnippet", projectable = Projectable.YES, searchable = Searchable.NO)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "story")))
    public String getSearchSnippet() {
        return nz(story);
    }

    @Override
    @GenericField(name = "searchUrl", projectable = Projectable.YES, searchable = Searchable.NO)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "slug")))
    public String getSearchUrl() {
        return "/local/" + slug;
    }

    @Override
    @GenericField(name = "searchVisible")
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "hidden")))
    public boolean isSearchVisible() {
        return !hidden;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
