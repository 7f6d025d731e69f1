package org.takatuf.cases.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.takatuf.cases.CaseCategory;
import org.takatuf.cases.CaseId;

/**
 * A reported case. Plain columns hold what may be shown once published (category, urgency, city and
 * district, household size, the summary, a position rounded to two decimals); the protected details
 * are ciphertexts that only {@link CaseCipher} opens. State changes are named after intent and refuse
 * an illegal transition with a message that says why.
 */
@Entity
@Table(name = "case_report")
public class CaseReport {

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CaseStatus status = CaseStatus.NEW;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CaseCategory category;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Urgency urgency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CaseCity city;

    private String area;

    @Column(name = "household_size", nullable = false)
    private int householdSize;

    @Column(nullable = false)
    private String summary;

    @Column(name = "public_summary")
    private String publicSummary;

    @Column(name = "approx_latitude")
    private BigDecimal approxLatitude;

    @Column(name = "approx_longitude")
    private BigDecimal approxLongitude;

    @Column(name = "consent_summary", nullable = false)
    private boolean consentSummary;

    @Column(name = "consent_photos", nullable = false)
    private boolean consentPhotos;

    @Column(name = "consent_at", nullable = false)
    private Instant consentAt;

    @Column(name = "reporter_id")
    private UUID reporterId;

    @Column(name = "reporter_locale", nullable = false)
    private String reporterLocale = "ar";

    @Column(name = "follow_token_hash", nullable = false)
    private String followTokenHash;

    @Column(name = "submission_key", nullable = false)
    private String submissionKey;

    @Column(name = "handling_org_id")
    private UUID handlingOrgId;

    @Column(name = "duplicate_of")
    private UUID duplicateOf;

    @Column(nullable = false)
    private boolean published;

    @Column(name = "reported_at", nullable = false)
    private Instant reportedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "anonymised_at")
    private Instant anonymisedAt;

    @Column(name = "enc_beneficiary_name")
    private byte[] encBeneficiaryName;

    @Column(name = "enc_phone")
    private byte[] encPhone;

    @Column(name = "enc_address")
    private byte[] encAddress;

    @Column(name = "enc_location")
    private byte[] encLocation;

    @Column(name = "enc_notes")
    private byte[] encNotes;

    @Column(name = "enc_reporter_contact")
    private byte[] encReporterContact;

    @Column(name = "enc_follow_token")
    private byte[] encFollowToken;

    @Column(name = "phone_hash")
    private String phoneHash;

    @Version
    private long version;

    protected CaseReport() {
    }

    CaseReport(UUID id, CaseCategory category, Urgency urgency, CaseCity city, String area, int householdSize, String summary,
               Double latitude, Double longitude, boolean consentSummary, boolean consentPhotos, UUID reporterId,
               String followTokenHash, String submissionKey, Instant now) {
        this.id = id;
        this.category = category;
        this.urgency = urgency;
        this.city = city;
        this.area = area;
        this.householdSize = householdSize;
        this.summary = summary;
        this.approxLatitude = latitude == null ? null : BigDecimal.valueOf(latitude).setScale(2, RoundingMode.HALF_UP);
        this.approxLongitude = longitude == null ? null : BigDecimal.valueOf(longitude).setScale(2, RoundingMode.HALF_UP);
        this.consentSummary = consentSummary;
        this.consentPhotos = consentPhotos;
        this.consentAt = now;
        this.reporterId = reporterId;
        this.followTokenHash = followTokenHash;
        this.submissionKey = submissionKey;
        this.reportedAt = now;
        this.updatedAt = now;
    }

    void protect(byte[] name, byte[] phone, String phoneHash, byte[] address, byte[] location, byte[] notes, byte[] reporterContact,
                 byte[] followToken) {
        this.encBeneficiaryName = name;
        this.encPhone = phone;
        this.phoneHash = phoneHash;
        this.encAddress = address;
        this.encLocation = location;
        this.encNotes = notes;
        this.encReporterContact = reporterContact;
        this.encFollowToken = followToken;
    }

    // --- state changes ---

    void claim(UUID organisation, Instant now) {
        if (status != CaseStatus.NEW || handlingOrgId != null) {
            throw new IllegalStateException("Only a new case that nobody handles can be claimed");
        }
        status = CaseStatus.CLAIMED;
        handlingOrgId = organisation;
        updatedAt = now;
    }

    void verify(String publicText, Instant now) {
        if (status != CaseStatus.CLAIMED) {
            throw new IllegalStateException("Only a claimed case can be verified");
        }
        status = CaseStatus.VERIFIED;
        publicSummary = publicText;
        updatedAt = now;
    }

    void reject(Instant now) {
        if (status != CaseStatus.CLAIMED) {
            throw new IllegalStateException("Only a claimed case can be rejected");
        }
        status = CaseStatus.REJECTED;
        closedAt = now;
        updatedAt = now;
    }

    void mergeInto(UUID kept, Instant now) {
        if (!status.isOpen() || status == CaseStatus.ADOPTED) {
            throw new IllegalStateException("Only a case not yet adopted can be merged into another");
        }
        if (kept.equals(id)) {
            throw new IllegalStateException("A case cannot be merged into itself");
        }
        status = CaseStatus.MERGED;
        duplicateOf = kept;
        published = false;
        closedAt = now;
        updatedAt = now;
    }

    void handOver(UUID organisation, Instant now) {
        if (!status.isOpen() || handlingOrgId == null) {
            throw new IllegalStateException("Only an open case that an organisation handles can be handed over");
        }
        if (organisation.equals(handlingOrgId)) {
            throw new IllegalStateException("The case is already with this organisation");
        }
        handlingOrgId = organisation;
        updatedAt = now;
    }

    void adopt(Instant now) {
        if (status != CaseStatus.VERIFIED) {
            throw new IllegalStateException("Only a verified case can be adopted");
        }
        status = CaseStatus.ADOPTED;
        updatedAt = now;
    }

    void requireActive() {
        if (status != CaseStatus.VERIFIED && status != CaseStatus.ADOPTED) {
            throw new IllegalStateException("Help is recorded on a verified or adopted case only");
        }
    }

    void publish(String publicText, Instant now) {
        if (status != CaseStatus.VERIFIED && status != CaseStatus.ADOPTED) {
            throw new IllegalStateException("Only a verified or adopted case can be published");
        }
        if (!consentSummary) {
            throw new IllegalStateException("The reporter did not consent to a public summary");
        }
        publicSummary = publicText;
        published = true;
        updatedAt = now;
    }

    void unpublish(Instant now) {
        published = false;
        updatedAt = now;
    }

    void close(Instant now) {
        if (status != CaseStatus.VERIFIED && status != CaseStatus.ADOPTED) {
            throw new IllegalStateException("Only a verified or adopted case can be closed");
        }
        status = CaseStatus.CLOSED;
        published = false;
        closedAt = now;
        updatedAt = now;
    }

    /** Retention: removes every protected detail and free text; what remains is statistics. */
    void anonymise(Instant now) {
        if (status.isOpen()) {
            throw new IllegalStateException("An open case is not anonymised");
        }
        protect(null, null, null, null, null, null, null, null);
        summary = "";
        publicSummary = null;
        area = null;
        approxLatitude = null;
        approxLongitude = null;
        published = false;
        anonymisedAt = now;
        updatedAt = now;
    }

    // --- reading ---

    public UUID getId() {
        return id;
    }

    public CaseId caseId() {
        return new CaseId(id);
    }

    public CaseStatus getStatus() {
        return status;
    }

    public CaseCategory getCategory() {
        return category;
    }

    public Urgency getUrgency() {
        return urgency;
    }

    public CaseCity getCity() {
        return city;
    }

    public String getArea() {
        return area;
    }

    public int getHouseholdSize() {
        return householdSize;
    }

    public String getSummary() {
        return summary;
    }

    /** The text shown publicly: the organisation's edited summary, else the reporter's. */
    public String getPublicSummary() {
        return publicSummary != null ? publicSummary : summary;
    }

    public BigDecimal getApproxLatitude() {
        return approxLatitude;
    }

    public BigDecimal getApproxLongitude() {
        return approxLongitude;
    }

    public boolean isConsentSummary() {
        return consentSummary;
    }

    public boolean isConsentPhotos() {
        return consentPhotos;
    }

    public Instant getConsentAt() {
        return consentAt;
    }

    public UUID getReporterId() {
        return reporterId;
    }

    public java.util.Locale getReporterLocale() {
        return java.util.Locale.forLanguageTag(reporterLocale);
    }

    void setReporterLocale(java.util.Locale locale) {
        this.reporterLocale = "en".equals(locale.getLanguage()) ? "en" : "ar";
    }

    public String getSubmissionKey() {
        return submissionKey;
    }

    public UUID getHandlingOrgId() {
        return handlingOrgId;
    }

    public UUID getDuplicateOf() {
        return duplicateOf;
    }

    public boolean isPublished() {
        return published;
    }

    public Instant getReportedAt() {
        return reportedAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public Instant getAnonymisedAt() {
        return anonymisedAt;
    }

    byte[] getEncBeneficiaryName() {
        return encBeneficiaryName;
    }

    byte[] getEncPhone() {
        return encPhone;
    }

    byte[] getEncAddress() {
        return encAddress;
    }

    byte[] getEncLocation() {
        return encLocation;
    }

    byte[] getEncNotes() {
        return encNotes;
    }

    byte[] getEncReporterContact() {
        return encReporterContact;
    }

    byte[] getEncFollowToken() {
        return encFollowToken;
    }

    String getPhoneHash() {
        return phoneHash;
    }

    @Override
    public String toString() {
        // never the protected details, not even encrypted
        return "CaseReport[" + id + ", " + status + "]";
    }
}
