package org.takatuf.giving;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who gave to a campaign, for other modules (notifications tell donors about the organiser's updates).
 * Every member with a pledge counts, anonymous ones too: they are anonymous to the public, not to the platform.
 */
@Service
public class Donors {

    private final JdbcClient jdbc;

    Donors(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The members who pledged on the campaign, whatever the state of the pledge: the campaign's rows of
     * {@code campaign_donor}, which the pledge writer fills in the statement that stores the pledges (every pledge is
     * stored by it). Reading the pledges themselves read every pledge of the campaign, millions in a viral one, for
     * each update posted.
     */
    @Transactional(readOnly = true)
    public Set<UUID> memberIdsOf(UUID campaignId) {
        return new LinkedHashSet<>(jdbc.sql("SELECT member_id FROM campaign_donor WHERE campaign_id = ?").param(campaignId)
                .query(UUID.class).list());
    }
}
