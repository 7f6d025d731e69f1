package org.takatuf.giving.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.takatuf.campaigns.Campaign;
import org.takatuf.campaigns.CampaignKind;
import org.takatuf.campaigns.CampaignManagement;
import org.takatuf.core.Money;
import org.takatuf.giving.GivingFixtures;
import org.takatuf.identity.AccountProvisioning;
import org.takatuf.identity.CurrentMember;
import org.takatuf.identity.Members;
import org.takatuf.identity.OrganisationManagement;
import org.takatuf.ledger.GroupKind;
import org.takatuf.ledger.Ledger;
import org.takatuf.ledger.Statement;
import org.takatuf.support.IntegrationTest;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** The demo content (normally written on the embedded default's first start) for organisations of this test. */
@IntegrationTest
class GivingDemoDataIntegrationTest {

    @Autowired
    GivingFixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Members members;
    @Autowired
    AccountProvisioning accounts;
    @Autowired
    OrganisationManagement organisations;
    @Autowired
    CampaignManagement campaigns;
    @Autowired
    Giving giving;
    @Autowired
    Confirmations confirmations;
    @Autowired
    Disbursements disbursements;
    @Autowired
    Ledger ledger;
    @Autowired
    MockMvc mvc;

    @Autowired
    org.takatuf.campaigns.CampaignUpdates updates;
    @Autowired
    org.takatuf.campaigns.Ambassadors ambassadors;

    @Test
    void theSeedsBecomeThreeCampaignsWithPledgesOfEveryKindAndADisbursementWithItsReceipt() throws Exception {
        CurrentMember maryam = fixtures.member("مريم");
        fixtures.verifiedOrganisation(maryam);
        CurrentMember organiser = fixtures.member("خالد");
        fixtures.verifiedOrganisation(organiser);
        CurrentMember layla = fixtures.member("ليلى");
        fixtures.verifiedOrganisation(layla);
        GivingDemoData demo = new GivingDemoData(jdbc, members, accounts, organisations, campaigns, giving, confirmations,
                disbursements);
        demo.setUpdates(updates);
        demo.setAmbassadors(ambassadors);
        List<Campaign> created = demo.seed(maryam.id(), organiser.id(), layla.id());

        assertThat(created).extracting(Campaign::kind).containsExactly(CampaignKind.FUNDRAISING, CampaignKind.IN_KIND,
                CampaignKind.FUNDRAISING);
        Campaign winter = created.get(0);
        Statement statement = ledger.campaignStatement(winter.id().value(), winter.currency());
        assertThat(statement.moneyIn()).isEqualTo(Money.of("630.500", "KWD")); // five transfers from the statement + cash
        assertThat(statement.spent()).isEqualTo(Money.of("400", "KWD"));
        assertThat(statement.lines()).extracting(Statement.Line::kind).contains(GroupKind.DONATION, GroupKind.DISBURSEMENT);
        assertThat(statement.reconciles()).isTrue();
        List<Map<String, Object>> methods = jdbc.sql("SELECT DISTINCT method, status FROM pledge WHERE campaign_id = ANY(?::uuid[])")
                .param(created.stream().map(c -> c.id().value().toString()).toArray(String[]::new)).query().listOfRows();
        assertThat(methods).extracting(r -> r.get("method") + "/" + r.get("status"))
                .contains("BANK_TRANSFER/CONFIRMED", "BANK_TRANSFER/PLEDGED", "CASH/CONFIRMED", "GOODS/CONFIRMED", "GOODS/PLEDGED");
        String page = mvc.perform(get("/campaigns/{id}/ledger", winter.id().value())).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("80 بطانية صوفية").contains("/ledger/receipts/");
        assertThat(ledger.checkIntegrity()).isEmpty();
        // the organiser's two updates, "results photographed and distributed", with their photos
        assertThat(updates.of(winter.id())).hasSize(2).allSatisfy(u -> assertThat(u.photos()).isNotEmpty());
        // the content creator of the story fundraises on an ambassador page: four pledges (885 KWD) from four donors
        assertThat(ambassadors.leaderboard(winter, 5)).singleElement().satisfies(st -> {
            assertThat(st.raised()).isEqualTo(Money.of("885", "KWD"));
            assertThat(st.donors()).isEqualTo(4);
            assertThat(st.ambassador().message()).isNotBlank();
        });
    }
}
