package org.takatuf.giving.internal;

import java.time.Instant;
import java.util.UUID;

import org.takatuf.core.Money;

/** A stored pledge as pages read it. {@code amount} is empty for goods; {@code donorName} is the member's name. */
public record Pledge(UUID id, UUID campaignId, UUID memberId, String donorName, PledgeMethod method, Money amount,
                     UUID itemId, Integer quantity, PledgeStatus status, String reference, boolean anonymous,
                     String message, String referral, Instant createdAt, Instant expiresAt, Instant remindedAt,
                     Instant confirmedAt) {

    /** The name the public sees: nothing for an anonymous gift. */
    public String publicName() {
        return anonymous ? null : donorName;
    }

    public boolean isMoney() {
        return method != PledgeMethod.GOODS;
    }
}
