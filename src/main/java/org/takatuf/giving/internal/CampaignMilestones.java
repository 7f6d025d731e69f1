package org.takatuf.giving.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.takatuf.core.activity.ActivityPublished;

/**
 * Announces a campaign reaching 25, 50, 75 and 100 % of its money goal, once each, to the followers of the
 * campaign and of its organisation ({@code campaigns.milestone}). Giving owns the pledged totals (the tally
 * rows that the group-commit pledge writer moves once per batch), so it publishes; a periodic pass over the
 * open campaigns keeps the pledge writer's hot path untouched. The milestone's item id is derived from the
 * campaign and the percent, so the feed files each once.
 */
@Component
public class CampaignMilestones {

    static final int[] PERCENTS = {25, 50, 75, 100};

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CampaignMilestones(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    private record Reached(UUID campaign, UUID organisation, String title, int percent) {
    }

    @Scheduled(fixedDelayString = "${takatuf.giving.milestones.every:PT1M}", initialDelayString = "${takatuf.giving.milestones.initial-delay:PT1M}")
    void scheduled() {
        check();
    }

    /** Records and announces every quarter newly reached by an open campaign; returns how many. */
    @Transactional
    public int check() {
        Instant now = clock.instant();
        List<Reached> reached = jdbc.sql("""
                        INSERT INTO giving_milestone (campaign_id, percent, reached_at)
                        SELECT c.id, q.percent, ? FROM campaign c JOIN campaign_tally t ON t.campaign_id = c.id
                        CROSS JOIN unnest(ARRAY[25, 50, 75, 100]) AS q(percent)
                        WHERE c.status = 'OPEN' AND c.goal_minor IS NOT NULL AND t.pledged_minor * 100 >= c.goal_minor * q.percent
                        ON CONFLICT DO NOTHING
                        RETURNING campaign_id, percent""")
                .param(Timestamp.from(now))
                .query((rs, n) -> new Reached(rs.getObject(1, UUID.class), null, null, rs.getInt(2))).list();
        for (Reached r : reached) {
            var row = jdbc.sql("SELECT organisation_id, title FROM campaign WHERE id = ?").param(r.campaign()).query().singleRow();
            UUID organisation = (UUID) row.get("organisation_id");
            String title = (String) row.get("title");
            UUID item = UUID.nameUUIDFromBytes(("campaigns.milestone:" + r.campaign() + ":" + r.percent()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            events.publishEvent(new ActivityPublished(item, "campaigns.milestone",
                    List.of(ActivityPublished.Source.of("campaign", r.campaign()), ActivityPublished.Source.of("organisation", organisation)),
                    null, title, r.percent() + "%", "/campaigns/" + r.campaign(), now));
        }
        return reached.size();
    }
}
