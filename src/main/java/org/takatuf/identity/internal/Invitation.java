package org.takatuf.identity.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.takatuf.identity.OrganisationRole;

/** An invitation by e-mail to join an organisation; single use. */
@Entity
@Table(name = "organisation_invitation")
public class Invitation {

    @Id
    private UUID id;

    @Column(name = "organisation_id", nullable = false)
    private UUID organisationId;

    @Column(nullable = false)
    private String email;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OrganisationRole role;

    @Column(name = "token_hash", nullable = false, unique = true)
    private String tokenHash;

    @Column(name = "invited_by", nullable = false)
    private UUID invitedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "accepted_at")
    private Instant acceptedAt;

    protected Invitation() {
    }

    public Invitation(UUID organisationId, String email, OrganisationRole role, String tokenHash, UUID invitedBy,
                      Instant now, Duration validity) {
        this.id = UUID.randomUUID();
        this.organisationId = organisationId;
        this.email = email.trim();
        this.role = role;
        this.tokenHash = tokenHash;
        this.invitedBy = invitedBy;
        this.createdAt = now;
        this.expiresAt = now.plus(validity);
    }

    public boolean isUsable(Instant now) {
        return acceptedAt == null && now.isBefore(expiresAt);
    }

    public void accept(Instant now) {
        if (acceptedAt != null) {
            throw new IllegalStateException("Invitation already accepted");
        }
        acceptedAt = now;
    }

    public UUID getOrganisationId() {
        return organisationId;
    }

    public String getEmail() {
        return email;
    }

    public OrganisationRole getRole() {
        return role;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getAcceptedAt() {
        return acceptedAt;
    }
}
