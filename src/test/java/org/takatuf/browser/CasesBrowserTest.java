package org.takatuf.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.takatuf.cases.CaseCategory;
import org.takatuf.cases.CasesFixtures;
import org.takatuf.cases.CasesTestConfiguration;
import org.takatuf.cases.internal.CaseCity;
import org.takatuf.cases.internal.CaseManagement;
import org.takatuf.identity.CurrentMember;
import org.takatuf.identity.Organisation;
import org.takatuf.identity.Role;
import org.takatuf.support.TestData;
import org.takatuf.volunteering.ActivityType;
import org.takatuf.volunteering.VolunteeringFixtures;
import org.takatuf.volunteering.internal.City;
import org.takatuf.volunteering.internal.Gender;
import org.takatuf.volunteering.internal.VolunteerManagement;

/**
 * Humanitarian cases of issue 4, end to end in a real browser, in Arabic and in English: an anonymous
 * reporter fills the short form (the draft survives a reload), gets a private link; a member of a
 * verified organisation of that city finds the report in the triage queue, claims it, verifies it,
 * opens the protected details with a reason, adopts it, records what was given, publishes a summary and
 * closes it; the reporter reads every step through the link; an administrator reads the access log; the
 * needs page shows where help is needed. Screenshots {@code target/screenshots/cases-NN-what-<lang>.png}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(CasesTestConfiguration.class)
class CasesBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    CasesFixtures fixtures;
    @Autowired
    CaseManagement cases;
    @Autowired
    VolunteerManagement volunteers;

    @ParameterizedTest
    @ValueSource(strings = {"ar", "en"})
    void reporterToClosure(String lang) throws Exception {
        assumeTrue(Browser.available(), "chromium and chromedriver are needed");
        boolean ar = lang.equals("ar");
        String base = "http://localhost:" + port;
        CurrentMember worker = fixtures.member("browser-org");
        Organisation org = fixtures.organisation(worker, true, CasesFixtures.BEIRUT_FOOD, "BEIRUT:RENT_SHELTER");
        CurrentMember admin = fixtures.member("browser-admin", Role.ADMIN);
        // two volunteers of the volunteer bank in Beirut, one whose activities fit a food case
        CurrentMember driver = fixtures.member(ar ? "سامر متطوع" : "Samer volunteer");
        volunteers.save(driver.id(), VolunteeringFixtures.profile(
                EnumSet.of(ActivityType.DRIVING_DELIVERY, ActivityType.FOOD_DISTRIBUTION),
                "", City.BEIRUT, 0.01, 0.03, 20, VolunteeringFixtures.fridayMornings(),
                List.of(), Gender.MALE));
        CurrentMember tutor = fixtures.member(ar ? "ريم متطوعة" : "Reem volunteer");
        volunteers.save(tutor.id(), VolunteeringFixtures.profile(
                EnumSet.of(ActivityType.TUTORING),
                "", City.BEIRUT, 0.05, 0.0, 20, VolunteeringFixtures.fridayMornings(),
                List.of(), Gender.FEMALE));
        String name = ar ? "سعاد الخوري " + TestData.suffix() : "Souad Khoury " + TestData.suffix();

        try (Browser reporter = new Browser(base, 412, 915); Browser staff = new Browser(base, 1280, 900)) {
            // 1. the short form on a phone-sized screen, without an account
            reporter.open("/cases/new?lang=" + lang);
            new Select(reporter.find("#category")).selectByValue("food");
            new Select(reporter.find("#urgency")).selectByValue("critical");
            new Select(reporter.find("#city")).selectByValue("beirut");
            reporter.type("#area", ar ? "الكرنتينا" : "Karantina");
            reporter.type("#householdSize", "5");
            String summary = ar ? "أم وأربعة أطفال بلا طعام منذ أيام، الأب بلا عمل." : "A mother and four children without food for days.";
            reporter.type("#summary", summary);
            reporter.type("#beneficiaryName", name);
            reporter.type("#phone", "+961 70 555 123");
            // the connection drops: the page is loaded again and the draft comes back
            reporter.open("/cases/new?lang=" + lang);
            assertThat(reporter.attribute("#summary", "value")).isEqualTo(summary);
            assertThat(reporter.attribute("#beneficiaryName", "value")).isEqualTo(name);
            assertThat(new Select(reporter.find("#urgency")).getFirstSelectedOption().getAttribute("value")).isEqualTo("critical");
            assertThat(reporter.find("#draft-restored").isDisplayed()).isTrue();
            reporter.type("#reporterContact", TestData.email("browser-reporter"));
            press(reporter, reporter.find("#consentSummary"), false);
            reporter.screenshot("cases-01-report-form-" + lang);
            press(reporter, reporter.find("#submit-case"), true);
            assertThat(reporter.path()).isEqualTo("/cases/submitted");
            String followLink = reporter.attribute("#follow-link", "href");
            assertThat(followLink).contains("/cases/follow/");
            reporter.screenshot("cases-02-submitted-" + lang);
            // the draft is gone once the report arrived
            reporter.open("/cases/new?lang=" + lang);
            assertThat(reporter.attribute("#summary", "value")).isEmpty();
            UUID id = cases.byFollowToken(followLink.substring(followLink.lastIndexOf('/') + 1)).orElseThrow().getId();

            // 2. the organisation's triage queue
            staff.signIn(worker.email(), TestData.PASSWORD, lang);
            staff.open("/cases/triage?organisation=" + org.getSlug() + "&lang=" + lang);
            assertThat(staff.text()).contains(ar ? "طابور الفرز" : "Triage queue");
            staff.screenshot("cases-03-triage-" + lang);
            press(staff, staff.find("tr[data-case='" + id + "'] a"), true);
            assertThat(staff.text()).contains(summary).doesNotContain(name);
            press(staff, staff.find("#claim"), true);
            staff.type("#verify-note", ar ? "زيارة منزلية ومقابلة الأم" : "Home visit, met the mother");
            press(staff, staff.find("#verify"), true);
            assertThat(staff.find("#case-status").getText()).isEqualTo(ar ? "تم التحقق منها" : "Verified");
            staff.screenshot("cases-04-verified-" + lang);

            // 3. protected details, with a reason that is logged
            staff.type("#reason", ar ? "تحضير زيارة التوزيع" : "Preparing the delivery visit");
            press(staff, staff.find("#open-protected"), true);
            assertThat(staff.text()).contains(name).contains("+961 70 555 123");
            staff.screenshot("cases-05-protected-" + lang);
            staff.open("/cases/" + id + "/manage?organisation=" + org.getSlug());
            press(staff, staff.find("#adopt"), true);
            staff.type("#give-note", ar ? "حصة غذائية لشهر كامل" : "Food parcel for a whole month");
            press(staff, staff.find("#give"), true);
            press(staff, staff.find("#publish"), true);
            staff.screenshot("cases-06-adopted-" + lang);
            // 3b. a volunteer of the bank in Beirut, the fitting one first, assigned from the case's page
            // (the other language's run left two volunteers of its own in Beirut: compare this run's two, not the first row)
            String bank = staff.find("#bank").getText();
            assertThat(bank).contains(driver.displayName()).contains(tutor.displayName()).doesNotContain(driver.email());
            assertThat(bank.indexOf(driver.displayName())).isLessThan(bank.indexOf(tutor.displayName()));
            staff.screenshot("cases-06b-volunteer-bank-" + lang);
            press(staff, staff.findXpath("//*[@id='bank']//li[contains(., '" + driver.displayName() + "')]//form//button"), true);
            assertThat(staff.text()).contains(driver.displayName()).contains(ar ? "أُبلغ بالبريد" : "told by e-mail");
            staff.open("/cases/" + id + "?lang=" + lang);
            assertThat(staff.text()).contains(summary).doesNotContain(name).doesNotContain("555 123");
            staff.screenshot("cases-07-public-" + lang);
            staff.open("/cases/" + id + "/manage?organisation=" + org.getSlug());
            staff.type("#close-note", ar ? "وصلت الحصص لثلاثة أشهر" : "Parcels delivered for three months");
            press(staff, staff.find("#close"), true);
            assertThat(staff.find("#case-status").getText()).isEqualTo(ar ? "مغلقة" : "Closed");

            // 4. the reporter follows every step through the private link
            reporter.open(followLink);
            assertThat(reporter.text()).contains(ar ? "مغلقة" : "Closed").contains(org.getName())
                    .contains(ar ? "حصة غذائية لشهر كامل" : "Food parcel for a whole month")
                    .doesNotContain(ar ? "زيارة منزلية ومقابلة الأم" : "Home visit, met the mother");
            reporter.screenshot("cases-08-follow-" + lang);

            // 5. an administrator reads the access log
            try (Browser adminBrowser = new Browser(base, 1280, 900)) {
                adminBrowser.signIn(admin.email(), TestData.PASSWORD, lang);
                adminBrowser.open("/admin/cases/access-log?case=" + id + "&lang=" + lang);
                assertThat(adminBrowser.text()).contains(ar ? "تحضير زيارة التوزيع" : "Preparing the delivery visit")
                        .contains(worker.displayName());
                adminBrowser.screenshot("cases-09-access-log-" + lang);
                // enough reports in one city and category for the needs page to show the group
                for (int i = 0; i < 5; i++) {
                    fixtures.report(CaseCategory.WINTER, CaseCity.ZAHLE,
                            CasesFixtures.secrets(), false);
                }
                adminBrowser.open("/cases/needs?lang=" + lang);
                assertThat(adminBrowser.text()).contains(ar ? "زحلة" : "Zahle");
                adminBrowser.screenshot("cases-10-needs-" + lang);
            }
        }
    }


    /** Scrolls at once (smooth scrolling would move the target under the pointer), clicks, and waits for the next page if one comes. */
    private static void press(Browser b, WebElement element, boolean loadsAPage) {
        if (loadsAPage) {
            b.click(element);
        } else {
            ((JavascriptExecutor) b.driver()).executeScript(
                    "arguments[0].scrollIntoView({block: 'center', inline: 'center', behavior: 'instant'});", element);
            element.click();
        }
    }
}
