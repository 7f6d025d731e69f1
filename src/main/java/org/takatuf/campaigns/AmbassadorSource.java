package org.takatuf.campaigns;

import java.util.Map;

/**
 * What each ambassador of a campaign brought: the giving module implements it (it depends on campaigns, not
 * the other way round), like {@link ProgressSource}. Keys are ambassador codes; an ambassador who brought
 * nothing is absent.
 */
public interface AmbassadorSource {

    Map<String, Raised> raisedThroughAmbassadors(CampaignId campaign);

    /** Money pledged (not expired or refunded), in the campaign's currency's minor units, and distinct donors. */
    record Raised(long amountMinor, long donors) {
        public static final Raised NONE = new Raised(0, 0);
    }
}
