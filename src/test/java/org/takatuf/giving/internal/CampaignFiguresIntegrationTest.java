package org.takatuf.giving.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.takatuf.campaigns.AmbassadorSource;
import org.takatuf.campaigns.Campaign;
import org.takatuf.campaigns.Progress;
import org.takatuf.giving.GivingFixtures;
import org.takatuf.identity.CurrentMember;
import org.takatuf.support.IntegrationTest;
import org.takatuf.support.TestData;
import org.takatuf.volunteering.VolunteeringTestConfiguration;

/**
 * A campaign's live figures and its ambassadors' leaderboard are read by every campaign page and live viewer. They need
 * only the goods pledges and the pledges an ambassador brought, and must find them through the partial indexes of V95,
 * not by reading every pledge of the campaign (millions in a viral one, docs/performance.md "Run 22").
 */
@IntegrationTest
@Import(VolunteeringTestConfiguration.class) // shares the context with the other giving tests
class CampaignFiguresIntegrationTest {

    @Autowired
    GivingFixtures fixtures;
    @Autowired
    Giving giving;
    @Autowired
    GivingProgress progress;
    @Autowired
    GivingAmbassadors ambassadors;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;

    @Test
    void theFiguresAreRightAndReadOnlyTheGoodsAndAmbassadorPledges() throws SQLException {
        CurrentMember organiser = fixtures.member("منظّمة");
        Campaign campaign = fixtures.mixed(organiser, fixtures.verifiedOrganisation(organiser));
        UUID id = campaign.id().value();
        UUID meals = campaign.items().get(0).id();
        // the money pledges of a campaign that went viral, none of which the figures below may read
        cashPledges(id, organiser.uuid(), 3000, 100, null);
        giving.pledge(organiser.id(), GivingFixtures.key(),
                new PledgeRequest(id, PledgeMethod.GOODS, null, meals, 7, false, null, null));
        giving.pledge(organiser.id(), GivingFixtures.key(),
                new PledgeRequest(id, PledgeMethod.GOODS, null, meals, 5, false, null, null));
        // two pledges that an ambassador's share link brought (one of them through WhatsApp), by one donor
        String ambassador = TestData.suffix();
        cashPledges(id, organiser.uuid(), 1, 250, "amb-" + ambassador);
        cashPledges(id, organiser.uuid(), 1, 250, "amb-" + ambassador + ".wa");
        jdbc.sql("ANALYZE pledge").update();

        Progress figures = progress.progress(List.of(campaign)).get(campaign.id());
        assertThat(figures.itemsPledged()).containsExactlyEntriesOf(java.util.Map.of(meals, 12L));
        assertThat(figures.itemsDelivered()).containsExactlyEntriesOf(java.util.Map.of(meals, 0L));
        assertThat(progress.itemsInPledges(campaign.id())).containsExactly(meals);
        assertThat(ambassadors.raisedThroughAmbassadors(campaign.id()))
                .containsExactlyEntriesOf(java.util.Map.of(ambassador, new AmbassadorSource.Raised(500, 1)));

        String[] campaigns = {id.toString()};
        assertThat(plan(GivingProgress.ITEM_FIGURES, campaigns)).contains("pledge_goods").doesNotContain("pledge_campaign");
        assertThat(plan(GivingProgress.ITEMS_IN_PLEDGES, id)).contains("pledge_goods").doesNotContain("pledge_campaign");
        assertThat(plan(GivingAmbassadors.AMBASSADOR_FIGURES, id)).contains("pledge_ambassador")
                .doesNotContain("pledge_campaign");
    }

    /** {@code count} cash pledges of {@code amountMinor} each, stored directly (the writer is not what is tested here). */
    private void cashPledges(UUID campaign, UUID member, int count, long amountMinor, String referral) {
        String run = TestData.suffix();
        jdbc.sql("""
                        INSERT INTO pledge (id, campaign_id, member_id, method, amount_minor, currency, status, reference, anonymous,
                                            idempotency_key, request_hash, response, created_at, referral)
                        SELECT gen_random_uuid(), ?, ?, 'CASH', ?, 'SAR', 'PLEDGED', 'TK-' || ? || '-' || g, false,
                               'figures-' || ? || '-' || g, repeat('0', 64), '{}', now(), ?
                        FROM generate_series(1, ?) g""")
                .params(campaign, member, amountMinor, run, run, referral, count).update();
    }

    /**
     * The statement's plan with sequential scans off: whether the partial index can answer it at all (its condition
     * implied by the statement's), which a change of either would break; which scan PostgreSQL then picks on a big
     * table is measured by bench/pledges.sh.
     */
    private String plan(String sql, Object parameter) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement set = connection.createStatement()) {
                set.execute("SET LOCAL enable_seqscan = off");
            }
            try (PreparedStatement explain = connection.prepareStatement("EXPLAIN " + sql)) {
                explain.setObject(1, parameter);
                StringBuilder plan = new StringBuilder();
                try (ResultSet rows = explain.executeQuery()) {
                    while (rows.next()) {
                        plan.append(rows.getString(1)).append('\n');
                    }
                }
                return plan.toString();
            } finally {
                connection.rollback();
            }
        }
    }
}
