package org.takatuf.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.takatuf.identity.AccountProvisioning;
import org.takatuf.identity.Role;
import org.takatuf.support.TestData;

/**
 * What a person does on the first day, in a real browser, in Arabic and in English: sign up, read the
 * verification mail in the local mailbox, verify, sign in, create an organisation, ask for
 * verification with a document; then an administrator verifies it and the badge appears. Each step
 * leaves a screenshot under {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AccountsAndOrganisationsBrowserTest {

    private static final Pattern VERIFY_LINK = Pattern.compile("https?://[^\\s]+(/verify-email\\?token=[A-Za-z0-9_-]+)");

    @LocalServerPort
    int port;

    @Autowired
    AccountProvisioning accounts;

    @ParameterizedTest
    @ValueSource(strings = {"ar", "en"})
    void signUpVerifySignInCreateAnOrganisationAndAnAdministratorVerifiesIt(String lang) throws Exception {
        String email = TestData.email("browser-" + lang);
        String name = lang.equals("ar") ? "سارة العتيبي" : "Sara Alotaibi";
        String organisation = (lang.equals("ar") ? "جمعية الأمل للتكافل " : "Hope Solidarity Society ") + TestData.suffix();
        String adminEmail = TestData.email("browser-admin-" + lang);
        accounts.createVerified(adminEmail, TestData.PASSWORD, "مشرف المنصة", "الرياض", null,
                java.util.Locale.forLanguageTag(lang), Role.ADMIN);

        try (Browser b = new Browser("http://localhost:" + port, 1280, 900)) {
            b.open("/signup?lang=" + lang);
            assertThat(b.attribute("html", "lang")).isEqualTo(lang);
            b.type("#displayName", name).type("#email", email).type("#password", TestData.PASSWORD);
            b.screenshot("flow-01-signup-" + lang);
            b.click("main form button[type=submit]");
            assertThat(b.text()).contains(email);
            b.screenshot("flow-02-check-your-mail-" + lang);

            b.open("/dev/mail");
            b.screenshot("flow-03-mailbox-" + lang);
            b.click(b.findXpath("//tr[td[normalize-space()='" + email + "']]//a"));
            String mail = b.find("pre.mail-body").getText();
            b.screenshot("flow-04-verification-mail-" + lang);
            Matcher link = VERIFY_LINK.matcher(mail);
            assertThat(link.find()).as("verification link in: " + mail).isTrue();

            b.open(link.group(1));
            assertThat(b.path()).isEqualTo("/login");
            b.screenshot("flow-05-verified-" + lang);
            b.type("#email", email).type("#password", TestData.PASSWORD).click("main form button[type=submit]");
            assertThat(b.text()).contains(name);
            b.screenshot("flow-06-signed-in-" + lang);
            b.open("/me");
            assertThat(b.text()).contains(name).contains(email);
            b.screenshot("page-me-" + lang);
            b.open("/me/profile");
            b.screenshot("page-profile-" + lang);
            b.open("/me/security");
            b.screenshot("page-second-factor-" + lang);

            b.open("/organisations/new");
            b.type("#name", organisation);
            new Select(b.find("#kind")).selectByValue("CHARITY");
            b.type("#city", lang.equals("ar") ? "الرياض" : "Riyadh");
            b.type("#description", lang.equals("ar")
                    ? "نجمع الوجبات للعمال وعمّال النظافة في الأحياء، ونوصلها كل أسبوع."
                    : "We collect meals for street cleaners and deliver them every week.");
            b.screenshot("flow-07-new-organisation-" + lang);
            b.submit("#name");
            assertThat(b.text()).contains(organisation);
            String slug = b.path().substring("/organisations/".length());
            b.screenshot("flow-08-organisation-page-" + lang);

            Path document = Files.createTempFile("licence-", ".pdf");
            Files.writeString(document, "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n", StandardCharsets.US_ASCII);
            b.open("/organisations/" + slug + "/verification");
            b.find("#documents").sendKeys(document.toAbsolutePath().toString());
            b.type("#note", lang.equals("ar") ? "مرفق ترخيص وزارة الموارد البشرية." : "Licence attached.");
            b.screenshot("flow-09-verification-request-" + lang);
            b.click("main form button[type=submit]");
            b.screenshot("flow-10-verification-pending-" + lang);
            Files.deleteIfExists(document);

            b.click("form[action$='/logout'] button");
            b.open("/login");
            b.type("#email", adminEmail).type("#password", TestData.PASSWORD).click("main form button[type=submit]");
            b.open("/admin/verifications");
            assertThat(b.text()).contains(organisation);
            b.screenshot("flow-11-admin-queue-" + lang);
            b.open("/admin/members?q=" + java.net.URLEncoder.encode(email, StandardCharsets.UTF_8));
            assertThat(b.text()).contains(email).contains(name);
            b.screenshot("page-admin-members-" + lang);
            b.open("/admin/verifications");
            b.click(b.findXpath("//li[contains(@class,'card')][.//a[normalize-space()='" + organisation + "']]"
                    + "//form[contains(@action,'/approve')]//button"));

            b.open("/organisations/" + slug);
            assertThat(b.find(".badge.text-bg-success").getText()).isNotBlank();
            b.screenshot("flow-12-verified-badge-" + lang);

            b.open("/organisations");
            assertThat(b.text()).contains(organisation);
            b.screenshot("page-organisations-" + lang);
            b.open("/search?q=" + java.net.URLEncoder.encode(lang.equals("ar") ? "جمعيه الامل" : "hope solidarity", StandardCharsets.UTF_8));
            assertThat(b.text()).contains(organisation);
            b.screenshot("flow-13-search-" + lang);
            assertThat(URI.create(b.driver().getCurrentUrl()).getPath()).isEqualTo("/search");
        }
    }
}
