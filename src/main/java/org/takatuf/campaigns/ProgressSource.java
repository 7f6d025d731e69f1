package org.takatuf.campaigns;

import java.util.Collection;
import java.util.Map;

/**
 * Where progress figures come from. The giving module implements it (it depends on campaigns, not the
 * other way round); without it every campaign shows no progress.
 */
public interface ProgressSource {

    Map<CampaignId, Progress> progress(Collection<Campaign> campaigns);

    /** The campaign's items that some pledge names (in any state): they cannot be taken off its list. */
    default java.util.Set<java.util.UUID> itemsInPledges(CampaignId campaign) {
        return java.util.Set.of();
    }
}
