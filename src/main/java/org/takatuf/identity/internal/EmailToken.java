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

/** A single-use link sent by e-mail; only the hash of its secret is stored. */
@Entity
@Table(name = "email_token")
public class EmailToken {

    /** What the link does. */
    public enum Purpose { VERIFY_EMAIL, RESET_PASSWORD }

    @Id
    @Column(name = "token_hash")
    private String tokenHash;

    @Column(name = "member_id", nullable = false)
    private UUID memberId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Purpose purpose;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected EmailToken() {
    }

    public EmailToken(String tokenHash, UUID memberId, Purpose purpose, Instant now, Duration validity) {
        this.tokenHash = tokenHash;
        this.memberId = memberId;
        this.purpose = purpose;
        this.createdAt = now;
        this.expiresAt = now.plus(validity);
    }

    public UUID getMemberId() {
        return memberId;
    }

    public Purpose getPurpose() {
        return purpose;
    }

    public boolean isUsable(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    public void use(Instant now) {
        if (usedAt != null) {
            throw new IllegalStateException("Link already used");
        }
        usedAt = now;
    }
}
