package org.takatuf.campaigns.internal;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.takatuf.core.moderation.ModerationTargets;

/**
 * A campaign can be reported and hidden by a moderator: while hidden, {@code CampaignManagement.find} and the
 * open list leave it out, so its page, its pledges and its comment thread answer 404. The author is the member
 * who created it.
 */
@Component
class CampaignModerationTargets implements ModerationTargets {

    private final JdbcClient jdbc;

    CampaignModerationTargets(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<String> types() {
        return Set.of("campaign");
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Described> describe(String type, UUID id) {
        return jdbc.sql("SELECT title, created_by, created_at, hidden FROM campaign WHERE id = ?").param(id)
                .query((rs, n) -> new Described(rs.getString("title"), "/campaigns/" + id, rs.getObject("created_by", UUID.class),
                        rs.getTimestamp("created_at").toInstant(), rs.getBoolean("hidden")))
                .optional();
    }

    @Override
    @Transactional
    public void hide(String type, UUID id, String reason) {
        jdbc.sql("UPDATE campaign SET hidden = true WHERE id = ?").param(id).update();
    }

    @Override
    @Transactional
    public void restore(String type, UUID id) {
        jdbc.sql("UPDATE campaign SET hidden = false WHERE id = ?").param(id).update();
    }
}
