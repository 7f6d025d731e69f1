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

    GivingAmbassadors(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Raised> raisedThroughAmbassadors(CampaignId campaign) {
        Map<String, Raised> result = new HashMap<>();
        jdbc.sql("""
                        SELECT split_part(substr(referral, 5), '.', 1), coalesce(sum(amount_minor), 0), count(DISTINCT member_id)
                        FROM pledge WHERE campaign_id = ? AND referral LIKE 'amb-%' AND status NOT IN ('EXPIRED', 'REFUNDED')
                        GROUP BY 1""")
                .param(campaign.value())
                .query(rs -> {
                    result.put(rs.getString(1), new Raised(rs.getLong(2), rs.getLong(3)));
                });
        return result;
    }
}
