package org.takatuf.identity.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;

/** An organisation's request to be verified, with its documents and the administrator's decision. */
@Entity
@Table(name = "verification_request")
public class VerificationRequest {

    /** Decision state. */
    public enum Status { PENDING, APPROVED, REJECTED }

    @Id
    private UUID id;

    @Column(name = "organisation_id", nullable = false)
    private UUID organisationId;

    @Column(name = "submitted_by", nullable = false)
    private UUID submittedBy;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    private String note;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(nullable = false)
    private Status status = Status.PENDING;

    @Column(name = "decided_by")
    private UUID decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    private String reason;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "request_id", nullable = false)
    private List<VerificationDocument> documents = new ArrayList<>();

    protected VerificationRequest() {
    }

    public VerificationRequest(UUID organisationId, UUID submittedBy, String note, Instant now) {
        this.id = UUID.randomUUID();
        this.organisationId = organisationId;
        this.submittedBy = submittedBy;
        this.note = note == null || note.isBlank() ? null : note.trim();
        this.submittedAt = now;
    }

    public void attach(VerificationDocument document) {
        documents.add(document);
    }

    public void approve(UUID admin, Instant now) {
        decide(Status.APPROVED, admin, null, now);
    }

    public void reject(UUID admin, String reason, Instant now) {
        decide(Status.REJECTED, admin, reason, now);
    }

    private void decide(Status outcome, UUID admin, String reason, Instant now) {
        if (status != Status.PENDING) {
            throw new IllegalStateException("Request already decided");
        }
        this.status = outcome;
        this.decidedBy = admin;
        this.reason = reason;
        this.decidedAt = now;
    }

    public UUID getId() {
        return id;
    }

    public UUID getOrganisationId() {
        return organisationId;
    }

    public UUID getSubmittedBy() {
        return submittedBy;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getNote() {
        return note;
    }

    public Status getStatus() {
        return status;
    }

    public String getReason() {
        return reason;
    }

    public UUID getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public List<VerificationDocument> getDocuments() {
        return List.copyOf(documents);
    }
}
