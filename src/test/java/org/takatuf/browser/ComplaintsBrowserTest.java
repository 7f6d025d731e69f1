package org.takatuf.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.takatuf.advocacy.AdvocacyFixtures;
import org.takatuf.advocacy.AdvocacyTestConfiguration;
import org.takatuf.advocacy.internal.CompanyManagement;
import org.takatuf.advocacy.internal.Complaint;
import org.takatuf.advocacy.internal.ComplaintManagement;
import org.takatuf.advocacy.internal.ComplaintStatus;
import org.takatuf.identity.AccountProvisioning;
import org.takatuf.identity.MemberId;
import org.takatuf.identity.Members;
import org.takatuf.identity.Role;
import org.takatuf.platform.MailCatcher;
import org.takatuf.support.TestData;
import org.takatuf.volunteering.MutableClock;

/**
 * Collective complaints of issue 7 in a real browser, in Arabic and in English: a customer opens a complaint
 * against his telecom, attaches a screenshot and sends it; two others join (a support and a "me too"); a
 * company representative claims the company's page with a code mailed to the company's domain and answers in
 * public; the customer marks it resolved. A second complaint, unanswered past the deadline, is escalated and
 * its regulator PDF downloaded. Screenshots: {@code target/screenshots/advocacy-NN-what-<lang>.png}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(AdvocacyTestConfiguration.class)
class ComplaintsBrowserTest {

    private static final String SESSION_COOKIE = "__Host-TAKATUF_SESSION";

    @LocalServerPort
    int port;
    @Autowired
    AccountProvisioning accounts;
    @Autowired
    Members members;
    @Autowired
    AdvocacyFixtures fixtures;
    @Autowired
    ComplaintManagement complaints;
    @Autowired
    CompanyManagement companies;
    @Autowired
    MailCatcher mail;
    @Autowired
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private String account(String who, String name, Locale locale) {
        String email = TestData.email(who);
        accounts.createVerified(email, TestData.PASSWORD, name, null, null, locale);
        return email;
    }

    @ParameterizedTest
    @ValueSource(strings = {"ar", "en"})
    void aComplaintIsOpenedJoinedAnsweredAndResolvedAndAnotherIsEscalated(String lang) throws Exception {
        boolean ar = lang.equals("ar");
        Locale locale = Locale.forLanguageTag(lang);
        String suffix = TestData.suffix();
        String company = (ar ? "أمل للاتصالات " : "Amal Telecom ") + suffix;
        String title = ar ? "الإنترنت في بيتي معطّل منذ أسابيع" : "My home internet has been down for weeks";
        String akram = account("akram-" + lang, ar ? "أكرم س." : "Akram S.", locale);
        String supporter = account("supporter-" + lang, ar ? "ليلى" : "Layla", locale);
        String meToo = account("metoo-" + lang, ar ? "سامي" : "Sami", locale);
        String rep = account("rep-" + lang, ar ? "خدمة عملاء أمل" : "Amal customer care", locale);
        Path screenshot = Files.createTempFile("evidence-", ".png");
        Files.write(screenshot, AdvocacyFixtures.jpegWithExif());
        String base = "http://localhost:" + port;

        try (Browser b = new Browser(base, 1280, 1400)) {
            // 1. the customer opens the complaint
            b.signIn(akram, TestData.PASSWORD, lang);
            b.open("/complaints");
            assertThat(b.attribute("html", "dir")).isEqualTo(ar ? "rtl" : "ltr");
            b.click("a[href$='/complaints/new']");
            b.type("#companyName", company);
            new Select(b.find("#country")).selectByValue("JO");
            new Select(b.find("#sector")).selectByValue("telecom");
            b.type("#title", title);
            b.type("#whatHappened", ar ? "اتصلت بخدمة العملاء سبع مرات، وفي كل مرة يقولون: أطفئ الراوتر وأعد تشغيله. والعقد يعفيني من غرامة الإلغاء."
                    : "I called customer care seven times; each time they said to restart the router. The contract waives the fee.");
            new Select(b.find("#outcome")).selectByValue("cancellation-without-penalty");
            b.type("#hashtag", (ar ? "#كلنا_أكرم_" : "#WeAreAkram_") + suffix);
            b.screenshot("advocacy-01-new-complaint-" + lang);
            b.click("form[action$='/complaints'] button[type=submit]");
            assertThat(b.path()).startsWith("/complaints/");
            UUID id = UUID.fromString(b.path().substring("/complaints/".length()));
            assertThat(b.find("#draft-note").getText()).isNotBlank();

            // 2. attaches a screenshot (its metadata is stripped) and sends the complaint
            b.find("#file").sendKeys(screenshot.toString());
            b.type("#caption", ar ? "صفحة الراوتر: الخط مقطوع" : "Router page: line down");
            b.find("#noStaffData").click();
            b.click("form[action$='/evidence'] button[type=submit]");
            assertThat(b.find("#evidence ~ div img").getAttribute("src")).contains("/complaints/" + id + "/evidence/");
            b.screenshot("advocacy-02-draft-with-evidence-" + lang);
            b.click("#send");
            assertThat(b.text()).contains(ar ? "أُرسلت إلى الشركة" : "Sent to the company");
            assertThat(b.find("#timer").getText()).contains(ar ? "عدّاد الرد" : "Response timer");
            b.screenshot("advocacy-03-sent-" + lang);
            signOut(b);

            // 3. others join: a simple support and a "me too" with an experience
            b.signIn(supporter, TestData.PASSWORD, lang);
            b.open("/complaints/" + id);
            b.click("#support");
            assertThat(b.find("#supporters").getText()).isEqualTo(ar ? "داعم واحد" : "1 supporter");
            signOut(b);
            b.signIn(meToo, TestData.PASSWORD, lang);
            b.open("/complaints/" + id);
            b.type("#experience", ar ? "نفس العطل عندي منذ شهر، والرد نفسه." : "Same outage here for a month, same answer.");
            b.click("#me-too");
            assertThat(b.find("#supporters").getText()).isEqualTo(ar ? "داعمان" : "2 supporters");
            assertThat(b.text()).contains(ar ? "نفس العطل عندي منذ شهر" : "Same outage here for a month");
            b.screenshot("advocacy-04-supported-" + lang);
            signOut(b);

            // 4. the company's representative claims the page with a code mailed to the official domain, and answers
            Complaint complaint = complaints.find(id).orElseThrow();
            MemberId admin = accounts.createVerified(TestData.email("admin-" + lang), TestData.PASSWORD, "admin", null, null, locale, Role.ADMIN);
            String domain = "amal-" + suffix + ".example";
            companies.setOfficialDomain(admin, complaint.companyId(), domain);
            b.signIn(rep, TestData.PASSWORD, lang);
            b.open("/complaints/" + id);
            b.click("#answers a[href$='/claim']");
            b.type("#email", "care@" + domain);
            b.click("#send-code");
            String code = mail.messagesTo("care@" + domain).getLast().textBody().lines().map(String::strip)
                    .filter(l -> l.matches("\\d{6}")).findFirst().orElseThrow();
            b.type("#code", code);
            b.screenshot("advocacy-05-claim-with-code-" + lang);
            b.click("#confirm-code");
            assertThat(b.path()).isEqualTo("/companies/" + complaint.companyId());
            assertThat(b.find("#claimed").getText()).isEqualTo(ar ? "صفحة موثّقة" : "Verified page");
            b.screenshot("advocacy-06-company-claimed-" + lang);
            clock.advance(Duration.ofDays(2));
            b.open("/complaints/" + id);
            b.type("#body", ar ? "نعتذر لأكرم. أصلحنا الخط وألغينا غرامة الإلغاء." : "We apologise. The line is fixed and the fee waived.");
            b.find("#proposes").click();
            b.click("#answer");
            assertThat(b.find("#status").getText()).isEqualTo(ar ? "ردّت الشركة" : "The company answered");
            assertThat(b.find("#timer").getText()).contains(ar ? "ردّت الشركة بعد يومين" : "The company answered after 2 days");
            b.screenshot("advocacy-07-company-answered-" + lang);
            signOut(b);

            // 5. the customer confirms that it is resolved
            b.signIn(akram, TestData.PASSWORD, lang);
            b.open("/complaints/" + id);
            assertThat(b.text()).contains(ar ? "تقول الشركة إنها حلّت المشكلة" : "The company says the problem is solved");
            b.click("#resolve");
            assertThat(b.find("#status").getText()).isEqualTo(ar ? "حُلّت" : "Resolved");
            b.screenshot("advocacy-08-resolved-" + lang);
            signOut(b);
            assertThat(complaints.find(id).orElseThrow().status()).isEqualTo(ComplaintStatus.RESOLVED);

            // 6. a counterfeit-camera complaint without an answer past the deadline is escalated into a regulator PDF
            String photographer = account("photographer-" + lang, ar ? "نهى" : "Noha", locale);
            MemberId noha = members.findByEmail(photographer).orElseThrow().memberId();
            Complaint camera = fixtures.sentComplaint(new org.takatuf.identity.CurrentMember(noha.value(), photographer, "", "Noha",
                    java.util.Set.of(Role.MEMBER), true), AdvocacyFixtures.counterfeit((ar ? "متاجر الضياء للكاميرات " : "Diyaa Camera Stores ") + suffix));
            clock.advance(Duration.ofDays(15));
            b.signIn(photographer, TestData.PASSWORD, lang);
            b.open("/complaints/" + camera.id());
            b.click("#escalate");
            assertThat(b.find("#status").getText()).isEqualTo(ar ? "لم تُحلّ — صُعّدت" : "Unresolved, escalated");
            assertThat(b.text()).contains(ar ? "جهاز حماية المستهلك" : "Consumer Protection Agency");
            b.screenshot("advocacy-09-escalated-" + lang);
            String pdfHref = b.attribute("#regulator-pdf", "href");
            Cookie session = b.driver().manage().getCookieNamed(SESSION_COOKIE);
            HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(pdfHref))
                    .header("Cookie", SESSION_COOKIE + "=" + session.getValue()).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(pdf.statusCode()).isEqualTo(200);
            assertThat(new String(Arrays.copyOf(pdf.body(), 5), StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

            // the public list shows both, in the reader's language
            b.open("/complaints");
            assertThat(b.text()).contains(title);
            b.screenshot("advocacy-10-list-" + lang);
        } finally {
            Files.deleteIfExists(screenshot);
        }
    }


    private static void signOut(Browser b) {
        b.driver().manage().deleteAllCookies();
    }
}
