package org.takatuf.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.takatuf.campaigns.Campaign;
import org.takatuf.giving.GivingFixtures;
import org.takatuf.identity.AccountProvisioning;
import org.takatuf.identity.CurrentMember;
import org.takatuf.identity.MemberId;
import org.takatuf.identity.Members;
import org.takatuf.identity.Organisation;
import org.takatuf.insights.internal.Rollups;
import org.takatuf.insights.internal.ViewRecorder;
import org.takatuf.support.TestData;
import org.takatuf.volunteering.VolunteeringTestConfiguration;

/**
 * Insights of issue 9 in a real browser, in Arabic and in English: visitors open a campaign from a
 * WhatsApp link, the organisation's member follows the link on the organisation's page to its insights,
 * reads the charts and their tables, and changes the period. Screenshots {@code insights-NN-what-<lang>.png}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(VolunteeringTestConfiguration.class)
class InsightsBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    AccountProvisioning accounts;
    @Autowired
    Members members;
    @Autowired
    GivingFixtures fixtures;
    @Autowired
    ViewRecorder recorder;
    @Autowired
    Rollups rollups;

    @ParameterizedTest
    @ValueSource(strings = {"ar", "en"})
    void aMemberReadsTheInsightsOfItsOrganisation(String lang) throws Exception {
        boolean ar = lang.equals("ar");
        String email = TestData.email("insights-" + lang);
        MemberId id = accounts.createVerified(email, TestData.PASSWORD, ar ? "مريم العنزي" : "Maryam Alanazi", null, null,
                Locale.forLanguageTag(lang));
        CurrentMember organiser = CurrentMember.of(members.findById(id).orElseThrow());
        Organisation organisation = fixtures.verifiedOrganisation(organiser);
        Campaign campaign = fixtures.fundraising(organiser, organisation, "25000");
        String base = "http://localhost:" + port;

        for (int i = 0; i < 3; i++) {
            try (Browser visitor = new Browser(base, 1280, 900)) {
                visitor.open("/campaigns/" + campaign.id().value() + "?ref=whatsapp");
                assertThat(visitor.text()).contains(campaign.title());
            }
        }
        recorder.flush();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        rollups.rollUp(today.minusDays(1), today);

        try (Browser b = new Browser(base, 1280, 1400)) {
            b.open("/login?lang=" + lang);
            b.type("#email", email).type("#password", TestData.PASSWORD);
            b.click(b.find("main form button[type=submit]"));
            b.open("/organisations/" + organisation.getSlug());
            b.click(b.find("a[href$='/insights']"));
            assertThat(b.path()).isEqualTo("/organisations/" + organisation.getSlug() + "/insights");
            assertThat(b.attribute("html", "dir")).isEqualTo(ar ? "rtl" : "ltr");
            assertThat(b.find("svg.insights-chart").getAttribute("data-direction")).isEqualTo(ar ? "rtl" : "ltr");
            assertThat(b.text()).contains(ar ? "المشاهدات حسب القناة" : "Views by channel").contains(ar ? "واتساب" : "WhatsApp")
                    .contains(campaign.title());
            b.screenshot("insights-01-organisation-" + lang);

            new Select(b.find("#insights-days")).selectByValue("7");
            b.click(b.find("main form button[type=submit]"));
            assertThat(b.driver().getCurrentUrl()).contains("days=7");
            assertThat(b.text()).contains(ar ? "الزوار الجدد والعائدون" : "New and returning visitors");
            b.screenshot("insights-02-seven-days-" + lang);
        }
    }

}
