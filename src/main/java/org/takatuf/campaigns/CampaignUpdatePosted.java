package org.takatuf.campaigns;

import java.time.Instant;
import java.util.UUID;

/** The organiser posted an update on a campaign; {@code link} is the site path of the update. */
public record CampaignUpdatePosted(UUID campaignId, UUID updateId, UUID organisationId, String title, String text, String link,
                                   Instant at) {
}
