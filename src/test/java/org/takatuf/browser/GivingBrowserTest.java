package org.takatuf.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
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
import org.takatuf.support.TestData;
import org.takatuf.volunteering.VolunteeringTestConfiguration;

/**
 * Giving of issue 5 end to end in a real browser, in Arabic and in English: a donor pledges by bank
 * transfer and gets the reference and the bank instructions; the organisation imports its bank statement,
 * which confirms the pledge by its reference; the public transparency page shows the donation and totals
 * that equal the sum of the entries. Screenshots {@code target/screenshots/giving-NN-what-<lang>.png}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(VolunteeringTestConfiguration.class)
class GivingBrowserTest {

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
    void aBankTransferPledgeIsConfirmedByAStatementImportAndShowsOnTheTransparencyPage(String lang) throws Exception {
        boolean ar = lang.equals("ar");
        Locale locale = Locale.forLanguageTag(lang);
        String donorEmail = TestData.email("giving-donor-" + lang);
        String organiserEmail = TestData.email("giving-organiser-" + lang);
        String donorName = (ar ? "نورة السبيعي " : "Noura Alsubaie ") + TestData.suffix();
        accounts.createVerified(donorEmail, TestData.PASSWORD, donorName, null, null, locale);
        MemberId organiserId = accounts.createVerified(organiserEmail, TestData.PASSWORD, ar ? "مريم العنزي" : "Maryam Alanazi",
                null, null, locale);
        CurrentMember organiser = CurrentMember.of(members.findById(organiserId).orElseThrow());
        Organisation organisation = fixtures.verifiedOrganisation(organiser);
        Campaign campaign = fixtures.fundraising(organiser, organisation, "25000");
        String base = "http://localhost:" + port;

        try (Browser donor = new Browser(base, 1280, 900); Browser org = new Browser(base, 1280, 900)) {
            // 1. the donor finds the campaign and pledges by bank transfer
            donor.signIn(donorEmail, TestData.PASSWORD, lang);
            donor.open("/campaigns");
            assertThat(donor.attribute("html", "dir")).isEqualTo(ar ? "rtl" : "ltr");
            assertThat(donor.text()).contains(campaign.title());
            donor.screenshot("giving-01-campaigns-" + lang);
            donor.open("/campaigns/" + campaign.id().value());
            assertThat(donor.text()).contains(campaign.title()).contains(ar ? "تبرّع الآن" : "Give now");
            donor.screenshot("giving-02-campaign-" + lang);
            donor.click(donor.find("a[href$='/give']"));
            donor.type("#amount", ar ? "١٥٠" : "150");
            donor.type("#message", ar ? "الله يدفّيهم" : "Stay warm");
            donor.screenshot("giving-03-give-" + lang);
            donor.click(donor.find("#pledge-form button[type=submit]"));
            assertThat(donor.path()).startsWith("/pledges/");
            String reference = donor.find("#reference").getText();
            assertThat(reference).matches("TK-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}");
            assertThat(donor.text()).contains(GivingFixtures.IBAN).contains(ar ? "تعهّد" : "Pledged");
            donor.screenshot("giving-04-pledge-bank-instructions-" + lang);

            // 2. the organisation imports its bank statement: the reference in the description confirms the pledge
            Path csv = Files.createTempFile("statement-", ".csv");
            Files.writeString(csv, "Date,Description,Amount\n2026-11-21,\"TRANSFER " + reference + " NOURA\",150.00\n"
                    + "2026-11-21,Bank fee,-2.00\n", StandardCharsets.UTF_8);
            org.signIn(organiserEmail, TestData.PASSWORD, lang);
            org.open("/campaigns/" + campaign.id().value() + "/manage");
            assertThat(org.text()).contains(reference);
            org.screenshot("giving-05-manage-" + lang);
            org.find("#statement").sendKeys(csv.toAbsolutePath().toString());
            org.click(org.find("form[action$='/manage/import'] button[type=submit]"));
            assertThat(org.find("#import-confirmed").getText()).contains(ar ? "أُكِّد تعهّد واحد" : "1 pledge confirmed");
            assertThat(org.text()).contains(reference).contains(ar ? "مبلغ خارج" : "Money out");
            org.screenshot("giving-06-statement-imported-" + lang);

            // 3. the donor's pledge is confirmed; the public page shows the donation and reconciles
            donor.open(donor.path());
            assertThat(donor.find("#status").getText()).isEqualTo(ar ? "مؤكَّد" : "Confirmed");
            donor.open("/campaigns/" + campaign.id().value() + "/ledger");
            assertThat(donor.text()).contains(donorName).contains(ar ? "المجاميع تساوي مجموع القيود." : "The totals equal the sum of the entries.");
            assertThat(donor.find("#money-in").getText()).contains("150");
            donor.screenshot("giving-07-transparency-" + lang);
            Files.deleteIfExists(csv);
        }
    }

    /**
     * A donor gives by card: the form sends them to the simulated checkout page (no Stripe key in the tests),
     * "pay" runs the signed webhook events, the return page says the gift is confirmed, and the campaign's
     * progress and the transparency page show it with the gateway's fee (2.9 %). Screenshots
     * {@code giving-1N-card-…-<lang>.png}.
     */
    @ParameterizedTest
    @ValueSource(strings = {"ar", "en"})
    void aCardPledgeIsPaidOnTheSimulatedCheckoutAndShowsWithItsFee(String lang) throws Exception {
        boolean ar = lang.equals("ar");
        Locale locale = Locale.forLanguageTag(lang);
        String donorEmail = TestData.email("card-donor-" + lang);
        String donorName = (ar ? "سلمى الحربي " : "Salma Alharbi ") + TestData.suffix();
        accounts.createVerified(donorEmail, TestData.PASSWORD, donorName, null, null, locale);
        MemberId organiserId = accounts.createVerified(TestData.email("card-organiser-" + lang), TestData.PASSWORD,
                ar ? "هدى القحطاني" : "Huda Alqahtani", null, null, locale);
        CurrentMember organiser = CurrentMember.of(members.findById(organiserId).orElseThrow());
        Campaign campaign = fixtures.fundraising(organiser, fixtures.verifiedOrganisation(organiser), "25000");
        String base = "http://localhost:" + port;

        try (Browser donor = new Browser(base, 1280, 900)) {
            donor.signIn(donorEmail, TestData.PASSWORD, lang);
            donor.open("/campaigns/" + campaign.id().value() + "/give");
            donor.find("#method-CARD").click();
            donor.type("#amount", "200");
            donor.screenshot("giving-11-card-give-" + lang);
            donor.click(donor.find("#pledge-form button[type=submit]"));
            assertThat(donor.path()).startsWith("/payments/simulated/checkout/cs_sim_");
            assertThat(donor.find("#simulated-notice").getText()).contains(ar ? "محاكاة" : "simulated");
            assertThat(donor.find("#checkout-amount").getText()).contains("200");
            donor.screenshot("giving-12-card-simulated-checkout-" + lang);
            donor.click(donor.find("#simulated-pay button[type=submit]"));
            assertThat(donor.path()).endsWith("/card/success");
            assertThat(donor.find("#status").getText()).isEqualTo(ar ? "مؤكَّد" : "Confirmed");
            assertThat(donor.find("#card-outcome").getText()).contains(ar ? "وصلت دفعتك" : "your payment was received");
            donor.screenshot("giving-13-card-paid-" + lang);

            donor.open("/campaigns/" + campaign.id().value());
            assertThat(donor.find("#raised").getText()).contains("200");
            donor.screenshot("giving-14-card-campaign-progress-" + lang);
            donor.open("/campaigns/" + campaign.id().value() + "/ledger");
            assertThat(donor.text()).contains(donorName).contains(ar ? "المجاميع تساوي مجموع القيود." : "The totals equal the sum of the entries.");
            assertThat(donor.find("#money-in").getText()).contains("200");
            assertThat(donor.find("#fees").getText()).contains("5").contains("80");
            assertThat(donor.find("#balance").getText()).contains("194");
            donor.screenshot("giving-15-card-transparency-with-fee-" + lang);
        }
    }


}
