package org.takatuf.giving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.takatuf.campaigns.Campaign;
import org.takatuf.giving.internal.Giving;
import org.takatuf.giving.internal.PledgeMethod;
import org.takatuf.giving.internal.PledgeRequest;
import org.takatuf.identity.CurrentMember;
import org.takatuf.identity.Organisation;
import org.takatuf.support.IntegrationTest;
import org.takatuf.support.TestData;
import org.takatuf.volunteering.VolunteeringTestConfiguration;

/**
 * What the pledge table's foreign keys guaranteed, now checked once per statement (migration V94): a pledge refers to
 * an existing campaign, member and item, which stay locked until its transaction ends; a pledge never moves; and a
 * pledged campaign, member or item cannot be deleted. Every refusal is SQLSTATE 23503, as a foreign key's.
 */
@IntegrationTest
@Import(VolunteeringTestConfiguration.class) // shares the context with the other giving tests
class PledgeReferencesIntegrationTest {

    private static final String FOREIGN_KEY_VIOLATION = "23503";
    private static final String LOCK_NOT_AVAILABLE = "55P03";

    @Autowired
    GivingFixtures fixtures;
    @Autowired
    Giving giving;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;

    @Test
    void aPledgeMustReferToAnExistingCampaignMemberAndItem() throws SQLException {
        CurrentMember organiser = fixtures.member("منظّم");
        Campaign campaign = fixtures.mixed(organiser, fixtures.verifiedOrganisation(organiser));
        UUID member = organiser.uuid();

        assertRefused(() -> insertPledge(UUID.randomUUID(), member, null));
        assertRefused(() -> insertPledge(campaign.id().value(), UUID.randomUUID(), null));
        assertRefused(() -> insertPledge(campaign.id().value(), member, UUID.randomUUID()));
        // one statement with one good and one bad row stores neither
        UUID good = UUID.randomUUID();
        assertRefused(() -> {
            try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("""
                    INSERT INTO pledge (id, campaign_id, member_id, method, amount_minor, currency, status, reference, anonymous,
                                        idempotency_key, request_hash, response, created_at)
                    VALUES (?, ?, ?, 'CASH', 100, 'SAR', 'PLEDGED', ?, false, ?, repeat('0', 64), '{}', now()),
                           (gen_random_uuid(), ?, ?, 'CASH', 100, 'SAR', 'PLEDGED', ?, false, ?, repeat('0', 64), '{}', now())""")) {
                s.setObject(1, good);
                s.setObject(2, campaign.id().value());
                s.setObject(3, member);
                s.setString(4, "TK-" + TestData.suffix());
                s.setString(5, UUID.randomUUID().toString());
                s.setObject(6, UUID.randomUUID());
                s.setObject(7, member);
                s.setString(8, "TK-" + TestData.suffix());
                s.setString(9, UUID.randomUUID().toString());
                s.executeUpdate();
            }
        });
        assertThat(jdbc.sql("SELECT count(*) FROM pledge WHERE id = ?").param(good).query(Long.class).single()).isZero();

        // a statement that inserts nothing (every row skipped as a duplicate) passes: the writer's careful path
        UUID existing = insertPledge(campaign.id().value(), member, null);
        assertThat(jdbc.sql("""
                        INSERT INTO pledge (id, campaign_id, member_id, method, amount_minor, currency, status, reference, anonymous,
                                            idempotency_key, request_hash, response, created_at)
                        SELECT id, campaign_id, member_id, method, amount_minor, currency, status, reference, anonymous,
                               idempotency_key, request_hash, response, created_at
                        FROM pledge WHERE id = ?
                        ON CONFLICT DO NOTHING""").param(existing).update()).isZero();

        // the writer's own statement, with an item: stored
        UUID item = campaign.items().getFirst().id();
        UUID pledge = giving.pledge(organiser.id(), GivingFixtures.key(),
                new PledgeRequest(campaign.id().value(), PledgeMethod.GOODS, null, item, 3, false, null, null)).pledgeId();
        assertThat(jdbc.sql("SELECT item_id FROM pledge WHERE id = ?").param(pledge).query(UUID.class).single()).isEqualTo(item);
    }

    @Test
    void aPledgedCampaignItemOrMemberCannotBeDeletedAndAPledgeCannotMove() throws SQLException {
        CurrentMember organiser = fixtures.member("منظّمة");
        Organisation organisation = fixtures.verifiedOrganisation(organiser);
        Campaign campaign = fixtures.mixed(organiser, organisation);
        Campaign other = fixtures.fundraising(organiser, organisation, "1000");
        // a campaign and a member with nothing but a pledge each, so that only the pledge can stop their delete
        UUID bare = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO campaign (id, organisation_id, created_by, kind, title, story, currency, short_code, created_at)
                        VALUES (?, ?, ?, 'FUNDRAISING', 'حملة', 'قصة', 'SAR', ?, now())""")
                .params(bare, organisation.getId(), organiser.uuid(), bare.toString().substring(0, 8)).update();
        UUID item = campaign.items().getFirst().id();
        UUID unpledgedItem = campaign.items().get(1).id();
        UUID donor = UUID.randomUUID();
        jdbc.sql("INSERT INTO member (id, email, password_hash, display_name, created_at) VALUES (?, ?, 'x', 'متبرع', now())")
                .params(donor, TestData.email("references")).update();
        UUID pledge = insertPledge(campaign.id().value(), donor, item);
        insertPledge(bare, organiser.uuid(), null);

        assertRefused(() -> jdbc.sql("DELETE FROM campaign_item WHERE id = ?").param(item).update(), "campaign_item " + item);
        assertRefused(() -> jdbc.sql("DELETE FROM member WHERE id = ?").param(donor).update(), "member " + donor);
        assertRefused(() -> jdbc.sql("DELETE FROM campaign WHERE id = ?").param(bare).update(), "campaign " + bare);
        assertRefused(() -> jdbc.sql("UPDATE pledge SET campaign_id = ? WHERE id = ?")
                .params(other.id().value(), pledge).update(), "cannot be changed");
        assertRefused(() -> jdbc.sql("UPDATE pledge SET member_id = ? WHERE id = ?")
                .params(organiser.uuid(), pledge).update(), "cannot be changed");

        // what no pledge refers to can go, and a pledge's other columns change as before
        assertThat(jdbc.sql("DELETE FROM campaign_item WHERE id = ?").param(unpledgedItem).update()).isEqualTo(1);
        assertThat(jdbc.sql("UPDATE pledge SET status = 'EXPIRED', expired_at = now() WHERE id = ?").param(pledge).update())
                .isEqualTo(1);
    }

    @Test
    void anUncommittedPledgeKeepsItsCampaignFromBeingDeleted() throws SQLException {
        CurrentMember organiser = fixtures.member("منظّم");
        Campaign campaign = fixtures.fundraising(organiser, fixtures.verifiedOrganisation(organiser), "500");
        try (Connection pledging = dataSource.getConnection(); Connection deleting = dataSource.getConnection()) {
            pledging.setAutoCommit(false);
            insertPledge(pledging, campaign.id().value(), organiser.uuid(), null);
            try (Statement s = deleting.createStatement()) {
                s.execute("SET lock_timeout = '300ms'");
                // the row lock is met before any other table's reference is looked at: the delete waits for the pledge
                assertThatThrownBy(() -> s.executeUpdate("DELETE FROM campaign WHERE id = '" + campaign.id().value() + "'"))
                        .isInstanceOf(SQLException.class)
                        .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo(LOCK_NOT_AVAILABLE));
                s.execute("RESET lock_timeout");
            }
            pledging.rollback();
        }
    }

    private UUID insertPledge(UUID campaign, UUID member, UUID item) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return insertPledge(c, campaign, member, item);
        }
    }

    private static UUID insertPledge(Connection c, UUID campaign, UUID member, UUID item) throws SQLException {
        UUID id = UUID.randomUUID();
        try (PreparedStatement s = c.prepareStatement("""
                INSERT INTO pledge (id, campaign_id, member_id, method, amount_minor, currency, item_id, quantity, status, reference,
                                    anonymous, idempotency_key, request_hash, response, created_at)
                VALUES (?, ?, ?, ?, ?, 'SAR', ?, ?, 'PLEDGED', ?, false, ?, repeat('0', 64), '{}', now())""")) {
            s.setObject(1, id);
            s.setObject(2, campaign);
            s.setObject(3, member);
            s.setString(4, item == null ? "CASH" : "GOODS");
            s.setObject(5, item == null ? 100L : null, java.sql.Types.BIGINT);
            s.setObject(6, item);
            s.setObject(7, item == null ? null : 2, java.sql.Types.INTEGER);
            s.setString(8, "TK-" + TestData.suffix());
            s.setString(9, UUID.randomUUID().toString());
            s.executeUpdate();
        }
        return id;
    }

    private interface Sql {
        void run() throws Exception;
    }

    private static void assertRefused(Sql sql) {
        assertRefused(sql, "");
    }

    private static void assertRefused(Sql sql, String messagePart) {
        assertThatThrownBy(sql::run).satisfies(e -> {
            SQLException cause = sqlException(e);
            assertThat((Object) cause).as("an SQLException in %s", e).isNotNull();
            assertThat(cause.getSQLState()).isEqualTo(FOREIGN_KEY_VIOLATION);
            assertThat(cause.getMessage()).contains(messagePart);
        });
    }

    private static SQLException sqlException(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s) {
                return s;
            }
        }
        return null;
    }
}
