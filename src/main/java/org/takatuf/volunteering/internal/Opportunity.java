package org.takatuf.volunteering.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
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
import org.takatuf.identity.OrganisationId;
import org.takatuf.volunteering.ActivityType;
import org.takatuf.volunteering.OpportunityId;

/**
 * A volunteer opportunity of a verified organisation: what, where and for whom. Its shifts (dates,
 * times, capacity) are rows of their own. Public, and in the platform search.
 */
@Entity
@Table(name = "opportunity")
@Indexed(index = "opportunity")
public class Opportunity implements PublicSearchable {

    public enum Status { OPEN, CLOSED }

    @Id
    private UUID id;

    @Column(name = "organisation_id", nullable = false)
    private UUID organisationId;

    @Column(nullable = false)
    private String title;

    private String description;

    @Column(name = "activity_type", nullable = false)
    private short activityType;

    @Column(name = "required_skills")
    private String requiredSkills;

    @Column(nullable = false)
    private String languages;

    private String city;

    private String area;

    private Double latitude;

    private Double longitude;

    @Column(nullable = false)
    private boolean remote;

    @Column(name = "min_age")
    private Short minAge;

    @Enumerated(EnumType.STRING)
    @Column(name = "gender_restriction", nullable = false)
    private GenderRestriction genderRestriction = GenderRestriction.NONE;

    @Column(name = "cancel_deadline_hours", nullable = false)
    private int cancelDeadlineHours;

    @Column(name = "time_zone", nullable = false)
    private String timeZone;

    @Column(name = "search_keywords")
    private String searchKeywords;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status = Status.OPEN;

    @Column(name = "created_by", nullable = false)
    private UUID createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Opportunity() {
    }

    Opportunity(OrganisationId organisation, OpportunityDraft draft, UUID createdBy, Instant now, String searchKeywords) {
        this.id = UUID.randomUUID();
        this.organisationId = organisation.value();
        this.title = draft.title();
        this.description = draft.description();
        this.activityType = draft.activityType().code;
        this.requiredSkills = String.join("\n", draft.requiredSkills());
        this.languages = String.join(",", draft.languages());
        this.remote = draft.remote();
        this.city = draft.city() == null ? null : draft.city().key();
        this.area = draft.area();
        this.latitude = draft.latitude();
        this.longitude = draft.longitude();
        this.minAge = draft.minAge() == null ? null : draft.minAge().shortValue();
        this.genderRestriction = draft.genderRestriction();
        this.cancelDeadlineHours = draft.cancelDeadlineHours();
        this.timeZone = draft.zone().getId();
        this.createdBy = createdBy;
        this.createdAt = now;
        this.searchKeywords = searchKeywords;
    }

    void close() {
        if (status == Status.CLOSED) {
            throw new IllegalStateException("Already closed opportunity cannot be closed again");
        }
        status = Status.CLOSED;
    }

    public UUID getId() {
        return id;
    }

    public OpportunityId opportunityId() {
        return new OpportunityId(id);
    }

    public OrganisationId organisation() {
        return new OrganisationId(organisationId);
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public ActivityType getActivityType() {
        return ActivityType.ofCode(activityType);
    }

    public List<String> getRequiredSkills() {
        return requiredSkills == null || requiredSkills.isBlank() ? List.of() : List.of(requiredSkills.split("\n"));
    }

    public List<String> getLanguages() {
        return languages == null || languages.isBlank() ? List.of() : Arrays.asList(languages.split(","));
    }

    public City getCity() {
        return city == null ? null : City.ofKey(city).orElse(null);
    }

    public String getArea() {
        return area;
    }

    public Double getLatitude() {
        return latitude;
    }

    public Double getLongitude() {
        return longitude;
    }

    public boolean isRemote() {
        return remote;
    }

    public Integer getMinAge() {
        return minAge == null ? null : minAge.intValue();
    }

    public GenderRestriction getGenderRestriction() {
        return genderRestriction;
    }

    public int getCancelDeadlineHours() {
        return cancelDeadlineHours;
    }

    public ZoneId getZone() {
        return ZoneId.of(timeZone);
    }

    public Status getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    // --- search: the same common fields as every public entity ---

    @Override
    @KeywordField(name = "searchType", projectable = Projectable.YES)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    public String getSearchType() {
        return "opportunity";
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
            @ObjectPath(@PropertyValue(propertyName = "requiredSkills")),
            @ObjectPath(@PropertyValue(propertyName = "searchKeywords"))})
    public String getSearchText() {
        return String.join(" ", title, nz(description), nz(area), nz(requiredSkills), nz(searchKeywords));
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
        return "/opportunities/" + id;
    }

    @Override
    @GenericField(name = "searchVisible")
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "status")))
    public boolean isSearchVisible() {
        return status == Status.OPEN;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
