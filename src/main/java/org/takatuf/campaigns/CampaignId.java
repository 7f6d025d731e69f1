package org.takatuf.campaigns;

import java.util.Objects;
import java.util.UUID;

/** A campaign's identity. */
public record CampaignId(UUID value) {
    public CampaignId {
        Objects.requireNonNull(value, "value");
    }
}
