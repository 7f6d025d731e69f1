package org.takatuf.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.JavascriptExecutor;
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
import org.takatuf.support.TestData;
import org.takatuf.volunteering.VolunteeringTestConfiguration;

/**
 * Ambassador pages end to end, in Arabic and in English: a member becomes an ambassador with a sub-goal and a
 * message, a donor opens the ambassador's link and pledges by bank transfer; the ambassador page shows the
 * amount and the campaign's manage page attributes it. Screenshots {@code target/screenshots/ambassador-NN-what-<lang>.png}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(VolunteeringTestConfiguration.class)
class AmbassadorBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    AccountProvisioning accounts;
    @Autowired
    Members members;
    @Autowired
    GivingFixtures fixtures;

    @ParameterizedTest
    @ValueSource(strings = {"ar", "en"})
    void anAmbassadorPageBringsAPledgeThatIsAttributedToIt(String lang) throws Exception {
        boolean ar = lang.equals("ar");
        Locale locale = Locale.forLanguageTag(lang);
        String ambassadorEmail = TestData.email("amb-" + lang);
        String donorEmail = TestData.email("amb-donor-" + lang);
        String organiserEmail = TestData.email("amb-organiser-" + lang);
        String ambassadorName = (ar ? "ناصر العنزي " : "Nasser Alanazi ") + TestData.suffix();
        accounts.createVerified(ambassadorEmail, TestData.PASSWORD, ambassadorName, null, null, locale);
        accounts.createVerified(donorEmail, TestData.PASSWORD, ar ? "نورة السبيعي" : "Noura Alsubaie", null, null, locale);
        MemberId organiserId = accounts.createVerified(organiserEmail, TestData.PASSWORD, ar ? "مريم العنزي" : "Maryam Alanazi",
                null, null, locale);
        CurrentMember organiser = CurrentMember.of(members.findById(organiserId).orElseThrow());
        Campaign campaign = fixtures.fundraising(organiser, fixtures.verifiedOrganisation(organiser), "25000");
        String base = "http://localhost:" + port;
        String campaignPath = "/campaigns/" + campaign.id().value();

        try (Browser amb = new Browser(base, 1280, 900); Browser donor = new Browser(base, 1280, 900);
             Browser org = new Browser(base, 1280, 900)) {
            // 1. a member becomes an ambassador from the campaign page
            amb.signIn(ambassadorEmail, TestData.PASSWORD, lang);
            amb.open(campaignPath);
            amb.click(amb.find("#become-ambassador"));
            amb.type("#goal", ar ? "٥٠٠" : "500");
            amb.type("#message", ar ? "هذا الشتاء أطلب منكم بطانية لكل أسرة." : "This winter, a blanket for every family.");
            amb.screenshot("ambassador-01-form-" + lang);
            amb.click(amb.find("#ambassador-submit"));
            assertThat(amb.path()).startsWith(campaignPath + "/a/");
            String ambassadorPath = amb.path();
            assertThat(amb.attribute("html", "dir")).isEqualTo(ar ? "rtl" : "ltr");
            assertThat(amb.find("#ambassador-name").getText()).contains(ambassadorName);
            amb.screenshot("ambassador-02-page-" + lang);

            // 2. a donor opens the ambassador's WhatsApp link and pledges by bank transfer
            donor.signIn(donorEmail, TestData.PASSWORD, lang);
            donor.open(ambassadorPath + "?ref=whatsapp");
            donor.click(donor.find("#ambassador-give"));
            donor.type("#amount", ar ? "١٥٠" : "150");
            donor.click(donor.find("#pledge-form button[type=submit]"));
            assertThat(donor.path()).startsWith("/pledges/");
            donor.screenshot("ambassador-03-pledged-" + lang);

            // 3. the ambassador page shows the amount raised through it
            donor.open(ambassadorPath);
            assertThat(donor.find("#ambassador-raised").getText()).contains("150");
            assertThat(donor.find("#ambassador-donors").getText()).isEqualTo(ar ? "متبرع واحد" : "1 donor");
            donor.screenshot("ambassador-04-page-with-pledge-" + lang);
            donor.open(campaignPath);
            assertThat(donor.find("#leaderboard").getText()).contains(ambassadorName);

            // 4. the campaign's manage page attributes the pledge to the ambassador and the channel
            org.signIn(organiserEmail, TestData.PASSWORD, lang);
            org.open(campaignPath + "/manage");
            String referrals = org.find("#referrals").getText();
            String code = ambassadorPath.substring(ambassadorPath.lastIndexOf('/') + 1);
            assertThat(referrals).contains(ar ? "واتساب" : "WhatsApp").contains(ambassadorName).contains("150");
            assertThat(org.find("#referrals td[title]").getAttribute("title")).isEqualTo("amb-" + code + ".whatsapp");
            ((JavascriptExecutor) org.driver()).executeScript("document.querySelector('#referrals').scrollIntoView({block: 'center'});");
            org.screenshot("ambassador-05-manage-attribution-" + lang);
        }
    }


}
