package org.takatuf.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.takatuf.identity.AccountProvisioning;
import org.takatuf.identity.CurrentMember;
import org.takatuf.identity.MemberId;
import org.takatuf.identity.Members;
import org.takatuf.identity.Organisation;
import org.takatuf.support.TestData;
import org.takatuf.volunteering.MutableClock;
import org.takatuf.volunteering.VolunteeringFixtures;
import org.takatuf.volunteering.VolunteeringTestConfiguration;

/**
 * The volunteer bank of issue 3, end to end in a real browser, in Arabic and in English: a volunteer sets
 * what she likes to do, where and when; an organiser publishes a shift, sees her ranked with the reasons
 * and invites the best matches; she accepts; on the day the organiser checks her in, checks her out and
 * approves the hours; she downloads the certificate and its public verification page confirms it. The
 * application runs on a clock the test moves (hours can only be approved once the shift took place).
 * Each step leaves a screenshot {@code target/screenshots/volunteering-NN-what-<lang>.png}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(VolunteeringTestConfiguration.class)
class VolunteerBankBrowserTest {

    private static final String SESSION_COOKIE = "__Host-TAKATUF_SESSION";

    @LocalServerPort
    int port;

    @Autowired
    AccountProvisioning accounts;
    @Autowired
    Members members;
    @Autowired
    VolunteeringFixtures fixtures;
    @Autowired
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ar", "en"})
    void volunteerIsMatchedInvitedSignsUpAttendsAndGetsACertificate(String lang) throws Exception {
        boolean ar = lang.equals("ar");
        Locale locale = Locale.forLanguageTag(lang);
        // each language in its own city, so that the other run's volunteer and the demo volunteers stay out of the ranking
        String city = ar ? "jeddah" : "dammam";
        String cityLabel = ar ? "جدة" : "Dammam";
        String volunteerName = ar ? "نورة الشهري " + TestData.suffix() : "Noura Alshehri " + TestData.suffix();
        String volunteerEmail = TestData.email("vbank-volunteer-" + lang);
        String organiserEmail = TestData.email("vbank-organiser-" + lang);
        accounts.createVerified(volunteerEmail, TestData.PASSWORD, volunteerName, cityLabel, null, locale);
        MemberId organiserId = accounts.createVerified(organiserEmail, TestData.PASSWORD,
                ar ? "منسّق بنك الطعام" : "Food bank coordinator", cityLabel, null, locale);
        CurrentMember organiser = CurrentMember.of(members.findById(organiserId).orElseThrow());
        Organisation organisation = fixtures.verifiedOrganisation(organiser);
        String slug = organisation.getSlug();
        String title = (ar ? "توزيع سلال الغذاء في الحي " : "Food basket distribution ") + TestData.suffix();
        LocalDate friday = fixtures.nextFriday();
        Instant start = ZonedDateTime.of(friday, LocalTime.of(9, 0), VolunteeringFixtures.RIYADH).toInstant();
        String base = "http://localhost:" + port;

        try (Browser volunteer = new Browser(base, 1280, 900); Browser org = new Browser(base, 1280, 900)) {
            // 1. the volunteer signs in and fills in her profile and weekly availability
            volunteer.signIn(volunteerEmail, TestData.PASSWORD, lang);
            volunteer.open("/me/volunteering/profile");
            assertThat(volunteer.attribute("html", "lang")).isEqualTo(lang);
            assertThat(volunteer.attribute("html", "dir")).isEqualTo(ar ? "rtl" : "ltr");
            assertThat(volunteer.text()).contains(ar ? "توزيع الغذاء" : "Food distribution").contains(ar ? "الجمعة" : "Friday");
            check(volunteer, "#act-food-distribution");
            check(volunteer, "#lang-en");
            new Select(volunteer.find("#city")).selectByValue(city);
            volunteer.type("#area", ar ? "حي الصفا" : "Al Faisaliyah");
            volunteer.type("#radius", "25");
            // Friday is the seventh row of the grid (Saturday first), three ranges a day: slots[18]
            setValue(volunteer, "#from-18", "08:00");
            setValue(volunteer, "#to-18", "12:00");
            volunteer.screenshot("volunteering-01-profile-" + lang);
            volunteer.click("form[action$='/me/volunteering/profile'] button[type=submit]");
            assertThat(volunteer.path()).isEqualTo("/me/volunteering");
            assertThat(volunteer.text()).contains(ar ? "حفظنا ملفك وأوقاتك." : "Your profile and times are saved.");
            volunteer.open("/me/volunteering/profile");
            assertThat(volunteer.find("#act-food-distribution").isSelected()).isTrue();
            assertThat(volunteer.attribute("#from-18", "value")).isEqualTo("08:00");
            assertThat(volunteer.attribute("#to-18", "value")).isEqualTo("12:00");
            assertThat(new Select(volunteer.find("#city")).getFirstSelectedOption().getAttribute("value")).isEqualTo(city);
            volunteer.screenshot("volunteering-02-profile-saved-" + lang);

            // 2. the organiser publishes an opportunity with a shift on the next Friday morning, in the same city
            org.signIn(organiserEmail, TestData.PASSWORD, lang);
            org.open("/volunteering/organisations/" + slug);
            assertThat(org.text()).contains(organisation.getName());
            org.click("a[href$='/volunteering/organisations/" + slug + "/opportunities/new']");
            assertThat(org.path()).isEqualTo("/volunteering/organisations/" + slug + "/opportunities/new");
            org.type("#title", title);
            org.type("#description", ar ? "نوزّع سلال الغذاء على الأسر المتعففة صباح الجمعة." : "We hand out food baskets to families on Friday morning.");
            new Select(org.find("#activity")).selectByValue("food-distribution");
            new Select(org.find("#city")).selectByValue(city);
            org.type("#area", ar ? "حي الصفا" : "Al Faisaliyah");
            setValue(org, "#date", friday.toString());
            setValue(org, "#start", "09:00");
            setValue(org, "#end", "11:00");
            org.type("#capacity", "5");
            org.screenshot("volunteering-03-new-opportunity-" + lang);
            org.click("form[action$='/volunteering/organisations/" + slug + "/opportunities'] button[type=submit]");
            assertThat(org.path()).isEqualTo("/volunteering/organisations/" + slug);
            assertThat(org.text()).contains(ar ? "نشرنا الفرصة وورديّاتها." : "The opportunity and its shifts are published.").contains(title);
            org.screenshot("volunteering-04-organiser-dashboard-" + lang);

            // the shift page ranks the volunteer first, with the reasons
            org.click(org.findXpath("//tr[td[normalize-space()='" + title + "']]//a[contains(@href,'/shifts/')]"));
            assertThat(org.path()).startsWith("/volunteering/organisations/" + slug + "/shifts/");
            String shiftPage = org.path();
            assertThat(org.text()).contains(title).contains(ar ? "أنسب المتطوعين" : "Best-matching volunteers");
            WebElement first = org.find("ol.list-group-numbered > li");
            assertThat(first.findElement(By.tagName("strong")).getText())
                    .isEqualTo(volunteerName);
            assertThat(first.getText())
                    .contains(ar ? "أنت متفرّغ في هذا الوقت" : "You are free then")
                    .contains(ar ? "يطابق اهتمامك: توزيع الغذاء" : "Matches Food distribution");
            org.screenshot("volunteering-05-shift-ranked-volunteers-" + lang);

            // invites the top matches in one action
            org.type("#count", "3");
            org.click("form[action$='/invite'] button[type=submit]");
            assertThat(org.path()).isEqualTo(shiftPage);
            assertThat(org.findXpath("//div[contains(@class,'col-lg-5')]/ul").getText()).contains(volunteerName).contains(ar ? "مدعو" : "Invited");
            org.screenshot("volunteering-06-invitations-sent-" + lang);

            // 3. the volunteer sees the invitation, with the shift among the opportunities for her, and accepts
            volunteer.open("/me/volunteering");
            WebElement invitations = volunteer.find("section[aria-labelledby='inv-h']");
            assertThat(invitations.getText()).contains(ar ? "دعوات إليك" : "Invitations for you").contains(title)
                    .contains(ar ? "مدعو" : "Invited");
            String forYou = volunteer.find("section[aria-labelledby='for-you-h']").getText();
            assertThat(forYou).contains(ar ? "فرص مناسبة لك" : "Opportunities for you").contains(title)
                    .contains(ar ? "أنت متفرّغ في هذا الوقت" : "You are free then");
            volunteer.screenshot("volunteering-07-invited-and-suggested-" + lang);
            volunteer.click(volunteer.findXpath("//section[@aria-labelledby='inv-h']//li[.//a[normalize-space()='" + title + "']]"
                    + "//form[contains(@action,'/signup')]//button"));
            assertThat(volunteer.path()).startsWith("/opportunities/");
            assertThat(volunteer.text()).contains(title);
            volunteer.screenshot("volunteering-08-signed-up-" + lang);
            volunteer.open("/me/volunteering");
            String signups = volunteer.find("section[aria-labelledby='signups-h']").getText();
            assertThat(signups).contains(title).contains(ar ? "مؤكَّد" : "Confirmed");
            volunteer.screenshot("volunteering-09-my-signups-" + lang);

            // 4. on Friday at nine the organiser checks her in
            clock.advance(Duration.between(clock.instant(), start));
            org.open(shiftPage);
            WebElement row = org.findXpath("//tr[td[normalize-space()='" + volunteerName + "']]");
            assertThat(row.getText()).contains(ar ? "مؤكَّد" : "Confirmed");
            org.click(org.findXpath("//tr[td[normalize-space()='" + volunteerName + "']]//form[contains(@action,'/check-in')]//button"));
            assertThat(org.path()).isEqualTo(shiftPage);
            assertThat(org.text()).contains(ar ? "حفظنا الحضور." : "Attendance saved.");
            assertThat(org.findXpath("//tr[td[normalize-space()='" + volunteerName + "']]//form[contains(@action,'/check-out')]")).isNotNull();
            org.screenshot("volunteering-10-checked-in-" + lang);

            // at eleven, as the shift ends, the organiser checks her out (hours count from check-in to check-out)
            clock.advance(Duration.ofHours(2));
            org.open(shiftPage);
            org.click(org.findXpath("//tr[td[normalize-space()='" + volunteerName + "']]//form[contains(@action,'/check-out')]//button"));
            assertThat(org.text()).contains(ar ? "حفظنا الحضور." : "Attendance saved.");
            // and, once the shift is over, approves the hours
            clock.advance(Duration.ofMinutes(30));
            org.open(shiftPage);
            WebElement select = org.findXpath("//tr[td[normalize-space()='" + volunteerName + "']]//input[@name='signup']");
            assertThat(select.isSelected()).as("attended and pending hours are preselected").isTrue();
            org.click("button[form='approve-form']");
            assertThat(org.path()).isEqualTo(shiftPage);
            assertThat(org.text()).contains(ar ? "اعتُمدت ساعات متطوع واحد" : "Hours of 1 volunteer approved");
            String approvedRow = org.findXpath("//tr[td[normalize-space()='" + volunteerName + "']]").getText();
            assertThat(approvedRow).contains(ar ? "حضر" : "Attended").contains(ar ? "معتمدة" : "Approved");
            org.screenshot("volunteering-11-hours-approved-" + lang);

            // 5. the volunteer sees her verified hours and gets the certificate
            volunteer.open("/me/volunteering");
            String hours = volunteer.find("section[aria-labelledby='hours-h']").getText();
            assertThat(hours).contains(ar ? "ساعتان في وردية واحدة" : "2 hours in 1 shift");
            assertThat(volunteer.find("section[aria-labelledby='signups-h']").getText())
                    .contains(ar ? "حضر" : "Attended").contains(ar ? "معتمدة" : "Approved");
            volunteer.screenshot("volunteering-12-verified-hours-" + lang);
            volunteer.click("form[action$='/me/volunteering/certificates'] button[value='" + lang + "']");
            new WebDriverWait(volunteer.driver(), Duration.ofSeconds(10))
                    .until(d -> d.getCurrentUrl().endsWith(".pdf"));
            volunteer.open("/me/volunteering");
            WebElement pdfLink = volunteer.find("a[href$='.pdf']");
            assertThat(pdfLink.getText()).isEqualTo(ar ? "نزّل الشهادة (PDF)" : "Download the certificate (PDF)");
            String pdfHref = pdfLink.getAttribute("href");
            String code = pdfHref.substring(pdfHref.lastIndexOf('/') + 1, pdfHref.length() - ".pdf".length());
            volunteer.screenshot("volunteering-13-certificate-issued-" + lang);

            Cookie session = volunteer.driver().manage().getCookieNamed(SESSION_COOKIE);
            assertThat(session).as("session cookie").isNotNull();
            HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(pdfHref))
                    .header("Cookie", SESSION_COOKIE + "=" + session.getValue()).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(pdf.statusCode()).isEqualTo(200);
            assertThat(pdf.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
            assertThat(new String(Arrays.copyOf(pdf.body(), 5), StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
            assertThat(pdf.body().length).isGreaterThan(1000);
            // without the session the PDF is not handed out
            HttpResponse<byte[]> anonymous = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(pdfHref)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(new String(Arrays.copyOf(anonymous.body(), Math.min(5, anonymous.body().length)), StandardCharsets.US_ASCII))
                    .isNotEqualTo("%PDF-");

            // the public verification page, as anyone who scans the code sees it
            volunteer.click("a[href$='/certificates/" + code + "']");
            assertThat(volunteer.path()).isEqualTo("/certificates/" + code);
            assertThat(volunteer.text())
                    .contains(ar ? "شهادة صحيحة صادرة عن تكاتف." : "A valid certificate issued by Takatuf.")
                    .contains(volunteerName).contains(code).contains(organisation.getName());
            assertThat(volunteer.findXpath("//dt[normalize-space()='" + (ar ? "الساعات المعتمدة" : "Approved hours")
                    + "']/following-sibling::dd[1]").getText()).isEqualTo("2");
            volunteer.screenshot("volunteering-14-certificate-verified-" + lang);
        }
    }




    private static void scrollTo(Browser b, WebElement element) {
        ((JavascriptExecutor) b.driver()).executeScript(
                "arguments[0].scrollIntoView({block: 'center', inline: 'center', behavior: 'instant'});", element);
    }

    private static void check(Browser b, String css) {
        WebElement box = b.find(css);
        if (!box.isSelected()) {
            scrollTo(b, box);
            box.click();
        }
        assertThat(box.isSelected()).isTrue();
    }

    /** Date and time fields are typed differently in each locale's picker; their value is set as a picker would. */
    private static void setValue(Browser b, String css, String value) {
        WebElement field = b.find(css);
        ((JavascriptExecutor) b.driver()).executeScript(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
                        + " arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", field, value);
        assertThat(field.getAttribute("value")).isEqualTo(value);
    }
}
