package org.takatuf.giving.internal;

import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.takatuf.campaigns.AmbassadorSource;
import org.takatuf.campaigns.CampaignId;

/**
 * What each ambassador brought, for the campaigns module: money pledges (not expired or refunded) whose referral
 * is {@code amb-<code>} or {@code amb-<code>.<channel>}, summed per code, with distinct donors.
 */
@Component
class GivingAmbassadors implements AmbassadorSource {

    private final JdbcClient jdbc;

    /**
     * Money and donors each ambassador brought. Read by every campaign page (the leaderboard): the partial index
     * {@code pledge_ambassador} (V95) holds only the pledges an ambassador brought, with the columns read here, so the
     * campaign's other pledges, millions in a viral campaign, are not read. Its condition must stay {@code referral LIKE
     * 'amb-%'}, word for word, for PostgreSQL to use that index.
     */
    static final String AMBASSADOR_FIGURES = """
            SELECT split_part(substr(referral, 5), '.', 1), coalesce(sum(amount_minor), 0), count(DISTINCT member_id)
            FROM pledge WHERE campaign_id = ? AND referral LIKE 'amb-%' AND status NOT IN ('EXPIRED', 'REFUNDED')
            GROUP BY 1""";

    GivingAmbassadors(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Raised> raisedThroughAmbassadors(CampaignId campaign) {
        Map<String, Raised> result = new HashMap<>();
        jdbc.sql(AMBASSADOR_FIGURES)
                .param(campaign.value())
                .query(rs -> {
                    result.put(rs.getString(1), new Raised(rs.getLong(2), rs.getLong(3)));
                });
        return result;
    }
}
