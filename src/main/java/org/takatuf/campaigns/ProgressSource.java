package org.takatuf.campaigns;

import java.util.Collection;
import java.util.Map;

/**
 * Where progress figures come from. The giving module implements it (it depends on campaigns, not the
 * other way round); without it every campaign shows no progress.
 */
public interface ProgressSource {

    Map<CampaignId, Progress> progress(Collection<Campaign> campaigns);
}
