package org.takatuf.campaigns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.takatuf.giving.GivingFixtures;
import org.takatuf.identity.CurrentMember;
import org.takatuf.identity.Organisation;
import org.takatuf.support.IntegrationTest;

/** Ambassador pages: joining once, validation, the public page in both languages, attribution, leaderboard, CSV. */
@IntegrationTest
class AmbassadorIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    GivingFixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    org.takatuf.giving.internal.Giving giving;

    record Setup(CurrentMember organiser, Campaign campaign) {
    }

    Setup campaign() {
        CurrentMember organiser = fixtures.member("خالد");
        Organisation org = fixtures.verifiedOrganisation(organiser);
        return new Setup(organiser, fixtures.fundraising(organiser, org, "10000"));
    }

    String join(CurrentMember member, Campaign campaign, String goal, String message) throws Exception {
        MvcResult r = mvc.perform(post("/campaigns/{id}/ambassadors", campaign.id().value()).with(user(member)).with(csrf())
                .param("goal", goal).param("message", message)).andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(302);
        String url = r.getResponse().getRedirectedUrl();
        assertThat(url).startsWith("/campaigns/" + campaign.id().value() + "/a/");
        return url.substring(url.lastIndexOf('/') + 1);
    }

    void give(CurrentMember donor, Campaign campaign, String amount, String ref) throws Exception {
        MvcResult r = mvc.perform(post("/campaigns/{id}/pledges", campaign.id().value()).with(user(donor)).with(csrf())
                .param("key", GivingFixtures.key()).param("method", "BANK_TRANSFER").param("amount", amount).param("ref", ref))
                .andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(302);
    }

    String page(String url, String language) throws Exception {
        MvcResult r = mvc.perform(get(url).header("Accept-Language", language)).andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(200);
        return r.getResponse().getContentAsString();
    }

    @Test
    void aMemberJoinsOnceAndTheirPageShowsInBothLanguagesWithTheAttributionOnItsLinks() throws Exception {
        Setup s = campaign();
        CurrentMember influencer = fixtures.member("نورة المؤثرة");
        String code = join(influencer, s.campaign(), "٢٠٠٠", "<script>alert(1)</script> ساعدوا عائلات المخيم");
        UUID id = s.campaign().id().value();

        MvcResult again = mvc.perform(post("/campaigns/{id}/ambassadors", id).with(user(influencer)).with(csrf())
                .header("Accept-Language", "en").param("message", "again")).andReturn();
        assertThat(again.getResponse().getStatus()).isEqualTo(409);
        assertThat(again.getResponse().getContentAsString()).contains("already an ambassador");
        // the form sends an ambassador to their own page
        assertThat(mvc.perform(get("/campaigns/{id}/ambassadors/new", id).with(user(influencer))).andReturn().getResponse()
                .getRedirectedUrl()).isEqualTo("/campaigns/" + id + "/a/" + code);

        String ar = page("/campaigns/" + id + "/a/" + code, "ar");
        assertThat(ar).contains("نورة المؤثرة").contains("&lt;script&gt;").doesNotContain("<script>alert")
                .contains("/campaigns/" + id + "/give?ref=amb-" + code + "\"").contains("og:title").contains("/card.png")
                .contains("لا متبرعين بعد").contains("dir=\"rtl\"")
                // the member's name inside the translated heading is bidi-isolated (FSI … PDI)
                .contains("id=\"ambassador-name\">\u2068نورة المؤثرة\u2069 يجمع التبرعات لهذه الحملة</h1>");
        String en = page("/campaigns/" + id + "/a/" + code + "?ref=whatsapp", "en");
        assertThat(en).contains("id=\"ambassador-name\">\u2068نورة المؤثرة\u2069 fundraises for this campaign</h1>").contains("/give?ref=amb-" + code + ".whatsapp")
                .contains("%3Fref%3Dwhatsapp").contains("no donors yet");
    }

    @Test
    void badInputIsRefusedWithALocalizedMessage() throws Exception {
        Setup s = campaign();
        CurrentMember member = fixtures.member("سالم");
        UUID id = s.campaign().id().value();
        MvcResult longMessage = mvc.perform(post("/campaigns/{id}/ambassadors", id).with(user(member)).with(csrf())
                .header("Accept-Language", "en").param("message", "x".repeat(1001))).andReturn();
        assertThat(longMessage.getResponse().getStatus()).isEqualTo(400);
        assertThat(longMessage.getResponse().getContentAsString()).contains("longer than 1,000");
        MvcResult badGoal = mvc.perform(post("/campaigns/{id}/ambassadors", id).with(user(member)).with(csrf())
                .header("Accept-Language", "ar").param("goal", "-5")).andReturn();
        assertThat(badGoal.getResponse().getStatus()).isEqualTo(400);
        MvcResult notMoney = mvc.perform(post("/campaigns/{id}/ambassadors", id).with(user(member)).with(csrf())
                .header("Accept-Language", "ar").param("goal", "abc")).andReturn();
        assertThat(notMoney.getResponse().getStatus()).isEqualTo(400);
        assertThat(jdbc.sql("SELECT count(*) FROM campaign_ambassador WHERE campaign_id = ?").param(id).query(Long.class).single())
                .isZero();
        // a code that names no ambassador is a 404, a malformed one too
        assertThat(mvc.perform(get("/campaigns/{id}/a/{code}", id, "zzzzzz")).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/campaigns/{id}/a/{code}", id, "<x>")).andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void pledgesThroughAnAmbassadorAreAttributedRankedAndExported() throws Exception {
        Setup s = campaign();
        UUID id = s.campaign().id().value();
        CurrentMember first = fixtures.member("نورة");
        CurrentMember second = fixtures.member("Omar");
        String a = join(first, s.campaign(), "500", "");
        String b = join(second, s.campaign(), "", "Winter is coming");
        give(fixtures.member("متبرع 1"), s.campaign(), "100", "amb-" + a);
        give(fixtures.member("متبرع 2"), s.campaign(), "50", "amb-" + a + ".whatsapp");
        CurrentMember third = fixtures.member("متبرع 3");
        give(third, s.campaign(), "300", "amb-" + b);
        // unknown ambassadors are dropped, not refused
        give(third, s.campaign(), "10", "amb-zzzzzz");
        assertThat(jdbc.sql("SELECT referral FROM pledge WHERE campaign_id = ? ORDER BY amount_minor").param(id).query(String.class)
                .list()).containsExactly(null, "amb-" + a + ".whatsapp", "amb-" + a, "amb-" + b);

        // the JSON API's pledges go through the same service and carry the referral the same way
        UUID api = giving.pledge(third.id(), GivingFixtures.key(), new org.takatuf.giving.internal.PledgeRequest(id,
                org.takatuf.giving.internal.PledgeMethod.BANK_TRANSFER, "1", null, null, false, "", "amb-" + b + ".telegram")).pledgeId();
        assertThat(jdbc.sql("SELECT referral FROM pledge WHERE id = ?").param(api).query(String.class).single())
                .isEqualTo("amb-" + b + ".telegram");

        String pageA = page("/campaigns/" + id + "/a/" + a, "ar");
        assertThat(pageA).contains("متبرعان");
        String pageAEn = page("/campaigns/" + id + "/a/" + a, "en");
        assertThat(pageAEn).contains("2 donors").contains("value=\"30\"");

        String board = page("/campaigns/" + id + "/ambassadors", "en");
        assertThat(board.indexOf("Omar")).isPositive().isLessThan(board.indexOf("نورة"));
        String campaignPage = page("/campaigns/" + id, "en");
        assertThat(campaignPage).contains("id=\"leaderboard\"").contains("/a/" + b);

        String manage = mvc.perform(get("/campaigns/{id}/manage", id).with(user(s.organiser())).header("Accept-Language", "en"))
                .andReturn().getResponse().getContentAsString();
        assertThat(manage).contains("What each channel and ambassador brought").contains("amb-" + a + ".whatsapp").contains("Omar");
        MvcResult csv = mvc.perform(get("/campaigns/{id}/manage/referrals.csv", id).with(user(s.organiser()))).andReturn();
        assertThat(csv.getResponse().getContentType()).startsWith("text/csv");
        String text = csv.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(text).contains("\"amb-" + a + ".whatsapp\",\"whatsapp\",\"نورة\",1,50.00,SAR")
                .contains("\"amb-" + b + "\",\"\",\"Omar\",1,300.00,SAR");
        // only the organisation sees the CSV
        assertThat(mvc.perform(get("/campaigns/{id}/manage/referrals.csv", id).with(user(first))).andReturn().getResponse()
                .getStatus()).isIn(403, 404);
    }

    @Test
    void onlyTheAmbassadorEditsTheirPageAndAHiddenOneAttributesNothing() throws Exception {
        Setup s = campaign();
        UUID id = s.campaign().id().value();
        CurrentMember owner = fixtures.member("ريم");
        String code = join(owner, s.campaign(), "", "");
        CurrentMember other = fixtures.member("غريب");
        assertThat(mvc.perform(post("/campaigns/{id}/a/{code}", id, code).with(user(other)).with(csrf()).param("message", "hacked"))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get("/campaigns/{id}/a/{code}/edit", id, code).with(user(other))).andReturn().getResponse()
                .getStatus()).isEqualTo(403);
        assertThat(mvc.perform(post("/campaigns/{id}/a/{code}", id, code).with(user(owner)).with(csrf()).param("goal", "750")
                .param("message", "رسالة جديدة")).andReturn().getResponse().getRedirectedUrl()).endsWith("/a/" + code);
        assertThat(page("/campaigns/" + id + "/a/" + code, "ar")).contains("رسالة جديدة").doesNotContain("hacked");

        jdbc.sql("UPDATE campaign_ambassador SET hidden = true WHERE code = ?").param(code).update();
        assertThat(mvc.perform(get("/campaigns/{id}/a/{code}", id, code)).andReturn().getResponse().getStatus()).isEqualTo(404);
        give(fixtures.member("متبرع"), s.campaign(), "20", "amb-" + code);
        assertThat(jdbc.sql("SELECT referral FROM pledge WHERE campaign_id = ?").param(id).query(String.class).optional()).isEmpty();
    }
}
