package org.takatuf.campaigns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.takatuf.core.Money;
import org.takatuf.core.UserInputException;
import org.takatuf.giving.GivingFixtures;
import org.takatuf.giving.internal.Giving;
import org.takatuf.giving.internal.PledgeMethod;
import org.takatuf.giving.internal.PledgeRequest;
import org.takatuf.identity.CurrentMember;
import org.takatuf.identity.Organisation;
import org.takatuf.support.IntegrationTest;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Starting campaigns (verified organisations only, validation that keeps what was typed), their pages and JSON list. */
@IntegrationTest
class CampaignsIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    GivingFixtures fixtures;
    @Autowired
    CampaignManagement campaigns;
    @Autowired
    Giving giving;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JsonMapper json;

    @Test
    void aMemberOfAVerifiedOrganisationStartsAMixedCampaignWithItemsAndALinkedCase() throws Exception {
        CurrentMember organiser = fixtures.member("خالد");
        Organisation org = fixtures.verifiedOrganisation(organiser);
        UUID caseId = UUID.randomUUID();
        MvcResult created = mvc.perform(post("/campaigns").with(user(organiser)).with(csrf())
                .param("organisation", org.getSlug()).param("kind", "MIXED").param("title", "وجبات لعمال النظافة")
                .param("story", "بدأت بتغريدة تطلب 100 وجبة").param("goal", "٥٠٠٠").param("currency", "SAR")
                .param("deadline", LocalDate.now().plusDays(30).toString()).param("caseId", caseId.toString())
                .param("items", "100 وجبة\n٥٠ بطانية\n20 بطاقة رصيد")).andReturn();
        assertThat(created.getResponse().getStatus()).isEqualTo(302);
        UUID id = UUID.fromString(created.getResponse().getRedirectedUrl().replace("/campaigns/", ""));
        Campaign campaign = campaigns.find(new CampaignId(id)).orElseThrow();
        assertThat(campaign.goal()).isEqualTo(Money.of("5000", "SAR"));
        assertThat(campaign.items()).extracting(Campaign.Item::name).containsExactly("وجبة", "بطانية", "بطاقة رصيد");
        assertThat(campaign.items()).extracting(Campaign.Item::quantity).containsExactly(100, 50, 20);
        assertThat(campaign.caseId()).isEqualTo(caseId);
        assertThat(campaigns.forCase(caseId)).extracting(Campaign::id).containsExactly(campaign.id());

        String page = mvc.perform(get("/campaigns/{id}", id)).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("وجبات لعمال النظافة").contains("بطانية").contains("/campaigns/" + id + "/give")
                .contains("/campaigns/" + id + "/ledger");
    }

    @Test
    void badInputComesBackWithWhatWasTypedAndAMessage() throws Exception {
        CurrentMember organiser = fixtures.member("خالد");
        Organisation org = fixtures.verifiedOrganisation(organiser);
        MvcResult bad = mvc.perform(post("/campaigns").with(user(organiser)).with(csrf()).header("Accept-Language", "en")
                .param("organisation", org.getSlug()).param("kind", "IN_KIND").param("title", "Winter warmth")
                .param("story", "<script>alert(1)</script>").param("items", "many blankets")).andReturn();
        assertThat(bad.getResponse().getStatus()).isEqualTo(400);
        assertThat(bad.getResponse().getContentAsString()).contains("We could not read the line").contains("Winter warmth")
                .contains("&lt;script&gt;").doesNotContain("<script>alert(1)");
        assertThatThrownBy(() -> campaigns.create(organiser.id(), new CampaignForm(org.getSlug(), CampaignKind.FUNDRAISING, "t", "s",
                "0", "SAR", null, null, "", "", "", ""))).isInstanceOf(UserInputException.class).hasMessage("campaigns.goal.positive");
        assertThatThrownBy(() -> campaigns.create(organiser.id(), new CampaignForm(org.getSlug(), CampaignKind.FUNDRAISING, "t", "s",
                "10", "SAR", null, null, "", "", "not-an-iban", ""))).isInstanceOf(UserInputException.class).hasMessage("campaigns.iban.invalid");
    }

    @Test
    void onlyMembersOfAVerifiedOrganisationStartCampaigns() {
        CurrentMember organiser = fixtures.member("خالد");
        Organisation org = fixtures.verifiedOrganisation(organiser);
        CurrentMember stranger = fixtures.member("غريب");
        CampaignForm form = new CampaignForm(org.getSlug(), CampaignKind.FUNDRAISING, "t", "s", "10", "SAR", null, null, "", "", "", "");
        assertThatThrownBy(() -> campaigns.create(stranger.id(), form)).isInstanceOf(AccessDeniedException.class);
        jdbc.sql("UPDATE organisation SET status = 'PENDING' WHERE id = ?").param(org.getId()).update();
        assertThatThrownBy(() -> campaigns.create(organiser.id(), form)).isInstanceOf(UserInputException.class)
                .hasMessage("campaigns.organisation.not-verified");
    }

    @Test
    void shareLinksCarryTheirChannelAndAPledgeFromOneIsAttributedToIt() throws Exception {
        CurrentMember organiser = fixtures.member("خالد");
        Organisation org = fixtures.verifiedOrganisation(organiser);
        Campaign campaign = fixtures.fundraising(organiser, org, "1000");
        String page = mvc.perform(get("/campaigns/{id}", campaign.id().value())).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("https://wa.me/?text=").contains("ref%3Dwhatsapp").contains("ref%3Dtelegram")
                .contains("https://x.com/intent/post").contains("https://www.facebook.com/sharer/sharer.php?u=");
        assertThat(page).contains("<meta property=\"og:title\" content=\"" + campaign.title())
                .contains("/engage/comments?type=campaign&amp;id=" + campaign.id().value())
                .contains("/engage/shares?type=campaign&amp;id=" + campaign.id().value())
                .doesNotContain("name=\"ref\"")
                // without a referral the give link ends in /give: Thymeleaf renders a null parameter as a bare "?ref"
                .contains("/campaigns/" + campaign.id().value() + "/give\"").doesNotContain("/give?ref\"");
        String fromWhatsapp = mvc.perform(get("/campaigns/{id}", campaign.id().value()).param("ref", "whatsapp")).andReturn()
                .getResponse().getContentAsString();
        assertThat(fromWhatsapp).contains("/give?ref=whatsapp").contains("name=\"ref\" value=\"whatsapp\"");
        CurrentMember donor = fixtures.member("متبرع");
        MvcResult pledged = mvc.perform(post("/campaigns/{id}/pledges", campaign.id().value()).with(user(donor)).with(csrf())
                .param("key", GivingFixtures.key()).param("method", "BANK_TRANSFER").param("amount", "40").param("ref", "whatsapp"))
                .andReturn();
        assertThat(pledged.getResponse().getStatus()).isEqualTo(302);
        String manage = mvc.perform(get("/campaigns/{id}/manage", campaign.id().value()).with(user(organiser))).andReturn()
                .getResponse().getContentAsString();
        assertThat(manage).contains("id=\"referrals\"").contains("whatsapp");
        assertThat(jdbc.sql("SELECT referral FROM pledge WHERE campaign_id = ?").param(campaign.id().value()).query(String.class)
                .single()).isEqualTo("whatsapp");
    }

    @Test
    void titlesTypedByPeopleAreBidiIsolatedOnTheEnglishPages() throws Exception {
        // "بطانيات الشتاء 1a2b3c" on a left-to-right page showed as "1a2b3c بطانيات الشتاء" next to the Latin
        // around it: the title, its breadcrumb link and the organisation's name take their direction from themselves
        CurrentMember organiser = fixtures.member("خالد");
        Organisation org = fixtures.verifiedOrganisation(organiser);
        Campaign campaign = fixtures.fundraising(organiser, org, "1000");
        String link = "href=\"/campaigns/" + campaign.id().value() + "\">" + campaign.title() + "</a>";
        String page = mvc.perform(get("/campaigns/{id}", campaign.id().value()).param("lang", "en")).andReturn()
                .getResponse().getContentAsString();
        assertThat(page).contains("dir=\"ltr\"").contains("<h1 dir=\"auto\" class=\"h3\">" + campaign.title() + "</h1>")
                .contains("<p dir=\"auto\" class=\"pre-line\" id=\"story\">" + campaign.story() + "</p>")
                .containsPattern("<a dir=\"auto\" href=\"/organisations/[^\"]+\">" + java.util.regex.Pattern.quote(org.getName()) + "</a>");
        String ledger = mvc.perform(get("/campaigns/{id}/ledger", campaign.id().value()).param("lang", "en")).andReturn()
                .getResponse().getContentAsString();
        assertThat(ledger).contains("<a dir=\"auto\" " + link);
    }

    @Test
    void theJsonListGivesRaisedAmountCurrencyAndDonorCount() throws Exception {
        CurrentMember organiser = fixtures.member("خالد");
        Organisation org = fixtures.verifiedOrganisation(organiser);
        Campaign campaign = fixtures.fundraising(organiser, org, "1000");
        for (int i = 0; i < 3; i++) {
            CurrentMember donor = fixtures.member("متبرع " + i);
            giving.pledge(donor.id(), GivingFixtures.key(), new PledgeRequest(campaign.id().value(), PledgeMethod.BANK_TRANSFER,
                    "10.50", null, null, false, null, null));
        }
        JsonNode list = json.readTree(mvc.perform(get("/api/v1/campaigns")).andReturn().getResponse().getContentAsString());
        JsonNode mine = null;
        for (JsonNode c : list) {
            if (c.get("id").asString().equals(campaign.id().value().toString())) {
                mine = c;
            }
        }
        assertThat(mine).isNotNull();
        assertThat(mine.get("currency").asString()).isEqualTo("SAR");
        assertThat(mine.get("donorCount").asLong()).isEqualTo(3);
        assertThat(mine.get("pledged").decimalValue()).isEqualByComparingTo("31.50");
        assertThat(mine.get("raised").decimalValue()).isEqualByComparingTo("0");
        assertThat(mine.get("goal").decimalValue()).isEqualByComparingTo("1000");
    }

    @Test
    void itsOrganisationCorrectsACampaignKeepingPledgedItemsAndCurrency() throws Exception {
        CurrentMember organiser = fixtures.member("خالد");
        Organisation org = fixtures.verifiedOrganisation(organiser);
        Campaign campaign = fixtures.mixed(organiser, org);
        UUID id = campaign.id().value();
        Campaign.Item meals = campaign.items().getFirst();
        CurrentMember donor = fixtures.member("متبرع");
        giving.pledge(donor.id(), GivingFixtures.key(), new PledgeRequest(id, PledgeMethod.GOODS, null, meals.id(), 10, false, null, null));

        String form = mvc.perform(get("/campaigns/{id}/edit", id).with(user(organiser))).andReturn().getResponse().getContentAsString();
        assertThat(form).contains("value=\"" + campaign.title() + "\"").contains("100 وجبة").contains("readonly");
        CurrentMember stranger = fixtures.member("غريب");
        assertThat(mvc.perform(get("/campaigns/{id}/edit", id).with(user(stranger))).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(post("/campaigns/{id}/edit", id).with(user(stranger)).with(csrf()).param("title", "x").param("story", "y"))
                .andReturn().getResponse().getStatus()).isEqualTo(403);

        // the pledged item cannot be taken off the list: 400 in the reader's language, what was typed kept, nothing changed
        MvcResult refused = mvc.perform(post("/campaigns/{id}/edit", id).with(user(organiser)).with(csrf()).header("Accept-Language", "en")
                .param("title", "A new title").param("story", "story").param("goal", "5000").param("items", "50 بطانية")).andReturn();
        assertThat(refused.getResponse().getStatus()).isEqualTo(400);
        assertThat(refused.getResponse().getContentAsString()).contains("cannot be removed because donors pledged it").contains("A new title");
        assertThat(campaigns.find(campaign.id()).orElseThrow().title()).isEqualTo(campaign.title());

        // a new story, a higher goal, a later deadline, more meals, the blankets removed (nobody pledged them), phone credit added;
        // a currency in the request is ignored: the campaign's stays
        LocalDate deadline = LocalDate.now().plusDays(60);
        MvcResult saved = mvc.perform(post("/campaigns/{id}/edit", id).with(user(organiser)).with(csrf())
                .param("title", "وجبات لعمال النظافة — 220 متبرعًا").param("story", "كبرت المبادرة").param("goal", "٨٠٠٠")
                .param("currency", "USD").param("deadline", deadline.toString()).param("items", "٢٢٠ وجبة\n30 بطاقة رصيد")).andReturn();
        assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/campaigns/" + id + "?saved");
        Campaign edited = campaigns.find(campaign.id()).orElseThrow();
        assertThat(edited.title()).isEqualTo("وجبات لعمال النظافة — 220 متبرعًا");
        assertThat(edited.story()).isEqualTo("كبرت المبادرة");
        assertThat(edited.goal()).isEqualTo(Money.of("8000", "SAR"));
        assertThat(edited.deadline()).isEqualTo(deadline);
        assertThat(edited.kind()).isEqualTo(CampaignKind.MIXED);
        assertThat(edited.items()).extracting(Campaign.Item::name).containsExactly("وجبة", "بطاقة رصيد");
        assertThat(edited.items()).extracting(Campaign.Item::quantity).containsExactly(220, 30);
        assertThat(edited.items().getFirst().id()).isEqualTo(meals.id()); // the pledge still names it
        String page = mvc.perform(get("/campaigns/{id}", id).param("saved", "").with(user(organiser))).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("كبرت المبادرة").contains("/campaigns/" + id + "/edit");

        assertThatThrownBy(() -> campaigns.update(organiser.id(), campaign.id(), new CampaignForm(null, null, "t", "s", "10", null,
                LocalDate.now().minusDays(1), null, "1 وجبة", "", "", ""))).isInstanceOf(UserInputException.class)
                .hasMessage("campaigns.deadline.future");
        assertThatThrownBy(() -> campaigns.update(organiser.id(), campaign.id(), new CampaignForm(null, null, "t", "s", "10", null,
                null, null, "1 وجبة\n2 وجبة", "", "", ""))).isInstanceOf(UserInputException.class).hasMessage("campaigns.items.duplicate");
    }
}
