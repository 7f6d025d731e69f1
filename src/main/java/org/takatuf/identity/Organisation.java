package org.takatuf.identity;

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

/** A charity, initiative, community group or company. */
@Entity
@Table(name = "organisation")
@Indexed(index = "organisation")
public class Organisation implements PublicSearchable {

    @Id
    private UUID id;

    @Column(nullable = false, unique = true)
    private String slug;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OrganisationKind kind;

    private String description;

    private String city;

    private String website;

    @Column(name = "contact_email")
    private String contactEmail;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private VerificationStatus status = VerificationStatus.UNVERIFIED;

    @Column(name = "status_reason")
    private String statusReason;

    @Column(name = "verified_at")
    private Instant verifiedAt;

    @Column(name = "created_by", nullable = false)
    private UUID createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Organisation() {
    }

    Organisation(String slug, OrganisationForm form, MemberId creator, Instant now) {
        this.id = UUID.randomUUID();
        this.slug = slug;
        this.createdBy = creator.value();
        this.createdAt = now;
        edit(form);
    }

    void edit(OrganisationForm form) {
        this.name = form.name().trim();
        this.kind = form.kind();
        this.description = blankToNull(form.description());
        this.city = blankToNull(form.city());
        this.website = blankToNull(form.website());
        this.contactEmail = blankToNull(form.contactEmail());
    }

    void requestVerification() {
        if (status == VerificationStatus.VERIFIED) {
            throw new IllegalStateException("Already verified organisation cannot ask for verification again");
        }
        if (status == VerificationStatus.PENDING) {
            throw new IllegalStateException("A verification request is already waiting");
        }
        status = VerificationStatus.PENDING;
        statusReason = null;
    }

    void verify(Instant now) {
        if (status != VerificationStatus.PENDING) {
            throw new IllegalStateException("Only a pending organisation can be verified");
        }
        status = VerificationStatus.VERIFIED;
        statusReason = null;
        verifiedAt = now;
    }

    void reject(String reason) {
        if (status != VerificationStatus.PENDING) {
            throw new IllegalStateException("Only a pending organisation can be rejected");
        }
        status = VerificationStatus.REJECTED;
        statusReason = reason;
    }

    public UUID getId() {
        return id;
    }

    public OrganisationId organisationId() {
        return new OrganisationId(id);
    }

    public String getSlug() {
        return slug;
    }

    public String getName() {
        return name;
    }

    public OrganisationKind getKind() {
        return kind;
    }

    public String getDescription() {
        return description;
    }

    public String getCity() {
        return city;
    }

    public String getWebsite() {
        return website;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public VerificationStatus getStatus() {
        return status;
    }

    public boolean isVerified() {
        return status == VerificationStatus.VERIFIED;
    }

    public String getStatusReason() {
        return statusReason;
    }

    public Instant getVerifiedAt() {
        return verifiedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public MemberId getCreatedBy() {
        return new MemberId(createdBy);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    // --- search ---

    @Override
    @KeywordField(name = "searchType", projectable = Projectable.YES)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    public String getSearchType() {
        return "organisation";
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
            @ObjectPath(@PropertyValue(propertyName = "city")),
            @ObjectPath(@PropertyValue(propertyName = "description"))})
    public String getSearchText() {
        return String.join(" ", name, city == null ? "" : city, description == null ? "" : description);
    }

    @Override
    @GenericField(name = "searchSnippet", projectable = Projectable.YES, searchable = Searchable.NO)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "description")))
    public String getSearchSnippet() {
        return description == null ? "" : description;
    }

    @Override
    @GenericField(name = "searchUrl", projectable = Projectable.YES, searchable = Searchable.NO)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    public String getSearchUrl() {
        return "/organisations/" + slug;
    }

    @Override
    @GenericField(name = "searchVisible")
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    public boolean isSearchVisible() {
        return true;
    }
}
