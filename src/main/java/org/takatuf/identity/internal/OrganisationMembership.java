package org.takatuf.identity.internal;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.takatuf.identity.OrganisationRole;

/** A member's place in an organisation. */
@Entity
@Table(name = "organisation_member")
@IdClass(OrganisationMembership.Key.class)
public class OrganisationMembership {

    /** Composite key. */
    public record Key(UUID organisationId, UUID memberId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "organisation_id")
    private UUID organisationId;

    @Id
    @Column(name = "member_id")
    private UUID memberId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OrganisationRole role;

    @Column(name = "joined_at", nullable = false)
    private Instant joinedAt;

    protected OrganisationMembership() {
    }

    public OrganisationMembership(UUID organisationId, UUID memberId, OrganisationRole role, Instant now) {
        this.organisationId = organisationId;
        this.memberId = memberId;
        this.role = role;
        this.joinedAt = now;
    }

    public UUID getOrganisationId() {
        return organisationId;
    }

    public UUID getMemberId() {
        return memberId;
    }

    public OrganisationRole getRole() {
        return role;
    }

    public Instant getJoinedAt() {
        return joinedAt;
    }
}
