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

    /** The members who pledged on the campaign, whatever the state of the pledge. */
    @Transactional(readOnly = true)
    public Set<UUID> memberIdsOf(UUID campaignId) {
        return new LinkedHashSet<>(jdbc.sql("SELECT DISTINCT member_id FROM pledge WHERE campaign_id = ?").param(campaignId)
                .query(UUID.class).list());
    }
}
