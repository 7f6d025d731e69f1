package org.takatuf.giving.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.takatuf.campaigns.Campaign;
import org.takatuf.giving.GivingFixtures;
import org.takatuf.identity.CurrentMember;
import org.takatuf.support.TestData;
import org.takatuf.support.IntegrationTest;
import org.takatuf.volunteering.VolunteeringTestConfiguration;

/**
 * The management page's pages of pledges ({@link Pledges#page}) walk the campaign's index {@code pledge_campaign} from the
 * cursor on and stop at the page's end: no sequential scan, no sort of the campaign's pledges, and the cursor bounds
 * the index scan itself (so the thousandth page reads what the first does). Plans only, on a campaign with thousands
 * of pledges and fresh statistics; never timings.
 */
@IntegrationTest
@Import(VolunteeringTestConfiguration.class) // shares the context with the other giving tests
class PledgePagePlanIntegrationTest {

    @Autowired
    GivingFixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;

    @Test
    void aPageIsAnIndexWalkFromTheCursorWithOrWithoutAStatusFilter() throws SQLException {
        CurrentMember organiser = fixtures.member("منظّمة");
        Campaign campaign = fixtures.fundraising(organiser, fixtures.verifiedOrganisation(organiser), "1000000");
        UUID id = campaign.id().value();
        String run = TestData.suffix();
        // 5,000 pledges, two per second (ties broken by id), one in five still waiting; stored directly
        jdbc.sql("""
                        INSERT INTO pledge (id, campaign_id, member_id, method, amount_minor, currency, status, reference, anonymous,
                                            idempotency_key, request_hash, response, created_at)
                        SELECT gen_random_uuid(), ?, ?, 'CASH', 100, 'SAR', CASE WHEN g % 5 = 0 THEN 'PLEDGED' ELSE 'CONFIRMED' END,
                               'TK-' || ? || '-' || g, false, 'plan-' || ? || '-' || g, repeat('0', 64), '{}',
                               now() - (g / 2) * interval '1 second'
                        FROM generate_series(1, 5000) g""")
                .params(id, organiser.uuid(), run, run).update();
        jdbc.sql("ANALYZE pledge").update();
        Timestamp middle = Timestamp.from(Instant.now().minusSeconds(1200));
        String[] waiting = {"PLEDGED", "RECEIVED"};

        for (String plan : new String[] {
                plan(Pledges.pageSql(false, false), id, 101),
                plan(Pledges.pageSql(true, false), id, waiting, 101),
                plan(Pledges.pageSql(false, true), id, middle, UUID.randomUUID(), 101),
                plan(Pledges.pageSql(true, true), id, waiting, middle, UUID.randomUUID(), 101)}) {
            assertThat(plan).contains("Limit").contains("using pledge_campaign on pledge")
                    .doesNotContain("Seq Scan on pledge").doesNotContainPattern("(?m)(^|->)\\s*Sort\\s+\\(")
                    // only the rows that share one timestamp are ordered by id
                    .contains("Presorted Key: p.created_at");
        }
        // the cursor is a bound of the index scan, not a filter applied to rows read from the newest on
        assertThat(plan(Pledges.pageSql(true, true), id, waiting, middle, UUID.randomUUID(), 101))
                .containsPattern("Index Cond: .*created_at <=");
    }

    private String plan(String sql, Object... parameters) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement explain = connection.prepareStatement("EXPLAIN " + sql)) {
            for (int i = 0; i < parameters.length; i++) {
                explain.setObject(i + 1, parameters[i]);
            }
            StringBuilder plan = new StringBuilder();
            try (ResultSet rows = explain.executeQuery()) {
                while (rows.next()) {
                    plan.append(rows.getString(1)).append('\n');
                }
            }
            return plan.toString();
        }
    }
}
