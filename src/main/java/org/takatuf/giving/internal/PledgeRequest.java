package org.takatuf.giving.internal;

import java.util.UUID;

import org.takatuf.core.Sha256;

/**
 * What a donor asks for, as typed (amount as text, item by id). {@link #hash()} is the fingerprint that
 * the idempotency contract compares: the same key with another fingerprint is refused with 422.
 */
public record PledgeRequest(UUID campaignId, PledgeMethod method, String amount, UUID itemId, Integer quantity,
                            boolean anonymous, String message, String referral) {

    public String hash() {
        return Sha256.hex(String.join("\u001f", String.valueOf(campaignId), String.valueOf(method), String.valueOf(amount).strip(),
                String.valueOf(itemId), String.valueOf(quantity), String.valueOf(anonymous),
                message == null ? "" : message.strip(), referral == null ? "" : referral.strip()));
    }
}
