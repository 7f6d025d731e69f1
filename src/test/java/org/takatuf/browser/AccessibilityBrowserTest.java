package org.takatuf.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.takatuf.identity.AccountProvisioning;
import org.takatuf.identity.MemberId;
import org.takatuf.identity.Organisation;
import org.takatuf.identity.OrganisationForm;
import org.takatuf.identity.OrganisationKind;
import org.takatuf.identity.OrganisationManagement;
import org.takatuf.identity.Role;
import org.takatuf.support.TestData;

/**
 * axe-core (Deque's engine, run inside Chromium) on every main page in Arabic and English, signed out
 * and signed in: no serious or critical accessibility violation (labels, contrast, landmarks,
 * language, names of buttons and links).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AccessibilityBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    AccountProvisioning accounts;

    @Autowired
    OrganisationManagement organisations;

    @ParameterizedTest
    @ValueSource(strings = {"ar", "en"})
    void mainPagesHaveNoSeriousViolations(String lang) throws Exception {
        String email = TestData.email("a11y-" + lang);
        MemberId member = accounts.createVerified(email, TestData.PASSWORD, "نور الهدى", "جدة", null,
                Locale.forLanguageTag(lang), Role.ADMIN);
        Organisation organisation = organisations.create(member, new OrganisationForm("مبادرة سقيا " + TestData.suffix(),
                OrganisationKind.INITIATIVE, "نوزّع الماء البارد على العمال في الصيف.", "جدة", null, null));

        List<String> problems = new ArrayList<>();
        try (Browser b = new Browser("http://localhost:" + port, 1280, 900)) {
            b.open("/?lang=" + lang);
            for (String page : List.of("/", "/signup", "/login", "/forgot-password", "/organisations",
                    "/organisations/" + organisation.getSlug(), "/search?q=%D8%B3%D9%82%D9%8A%D8%A7", "/no-such-page",
                    "/campaigns", "/opportunities", "/cases", "/cases/new", "/cases/needs", "/complaints", "/exchange",
                    "/local", "/groups", "/events", "/frames", "/tags/%D9%83%D9%84%D9%86%D8%A7_%D8%A7%D9%83%D8%B1%D9%85", "/guide")) {
                check(b, page, problems);
            }
            b.screenshot("guide-" + lang);
            b.open("/login").type("#email", email).type("#password", TestData.PASSWORD).click("main form button[type=submit]");
            for (String page : List.of("/me", "/me/profile", "/me/password", "/me/security", "/me/tokens",
                    "/organisations/new", "/organisations/" + organisation.getSlug() + "/edit",
                    "/organisations/" + organisation.getSlug() + "/verification", "/admin/verifications", "/admin/members",
                    "/feed", "/notifications", "/me/volunteering", "/me/cases", "/me/complaints", "/complaints/new",
                    "/exchange/new", "/local/new", "/groups/new", "/events/new",
                    "/organisations/" + organisation.getSlug() + "/insights")) {
                check(b, page, problems);
            }
            b.screenshot("insights-" + lang);
            // the organisation's own page: trust signals and, for its members, the checklist
            check(b, "/organisations/" + organisation.getSlug(), problems);
            b.screenshot("organisation-trust-" + lang);
        }
        assertThat(problems).isEmpty();
    }

    private static void check(Browser b, String page, List<String> problems) {
        b.open(page);
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"))
                .analyze(b.driver());
        if (results.getPasses() == null || results.getPasses().isEmpty()) {
            problems.add(page + ": axe-core checked nothing (" + results.getErrorMessage() + ")");
        }
        for (Rule violation : results.getViolations()) {
            if ("serious".equals(violation.getImpact()) || "critical".equals(violation.getImpact())) {
                problems.add(page + ": " + violation.getId() + " (" + violation.getImpact() + ") "
                        + violation.getNodes().stream().limit(3).map(n -> String.valueOf(n.getTarget())).toList());
            }
        }
    }
}
