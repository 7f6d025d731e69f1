package org.takatuf.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.takatuf.identity.MemberFixtures.TestMember;
import org.takatuf.support.IntegrationTest;
import org.takatuf.support.WebSession;

/** TOTP (ASVS 6.3.3): enrolment with a QR code, the second sign-in step, turning it off with a code. */
@IntegrationTest
class SecondFactorIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    MemberFixtures fixtures;
    @Autowired
    SecondFactorManagement secondFactor;

    WebSession signedIn(TestMember member, String address) throws Exception {
        WebSession browser = new WebSession(mvc).from(address);
        SignInIntegrationTest.signIn(browser, member.email(), member.password());
        return browser;
    }

    String enrol(WebSession browser, TestMember member) throws Exception {
        MvcResult page = browser.perform(post("/me/security/enrol").with(csrf()));
        assertThat(page.getResponse().getStatus()).isEqualTo(200);
        String html = page.getResponse().getContentAsString();
        assertThat(html).contains("src=\"data:image/png;base64,");
        String secret = secondFactor.pendingEnrolment(member.id()).orElseThrow().secret();
        assertThat(html).contains(secret);
        return secret;
    }

    @Test
    void enrolmentNeedsAValidCodeToTurnOn() throws Exception {
        TestMember member = fixtures.member("enrol");
        WebSession browser = signedIn(member, "10.4.0.1");
        assertThat(browser.perform(get("/me/security")).getResponse().getContentAsString()).contains("غير مفعّل");
        String secret = enrol(browser, member);

        MvcResult wrong = browser.perform(post("/me/security/confirm").param("code", TotpCodes.wrong(secret)).with(csrf()));
        assertThat(wrong.getResponse().getStatus()).isEqualTo(400);
        assertThat(wrong.getResponse().getContentAsString()).contains("الرمز غير صحيح").contains(secret);
        assertThat(secondFactor.isOn(member.id())).isFalse();

        assertThat(browser.perform(post("/me/security/confirm").param("code", TotpCodes.code(secret, 0)).with(csrf()))
                .getResponse().getRedirectedUrl()).isEqualTo("/me/security");
        assertThat(secondFactor.isOn(member.id())).isTrue();
        assertThat(browser.perform(post("/me/security/enrol").with(csrf())).getResponse().getStatus())
                .as("a second enrolment while on is refused").isEqualTo(409);
    }

    @Test
    void signingInWithASecondFactorNeedsTheCodeBeforeAnythingElse() throws Exception {
        TestMember member = fixtures.member("two-step");
        String secret = secondFactor.startEnrolment(member.id()).secret();
        long enrolled = TotpCodes.step();
        secondFactor.confirm(member.id(), TotpCodes.codeAt(secret, enrolled));

        WebSession browser = new WebSession(mvc).from("10.4.0.2");
        MvcResult afterPassword = SignInIntegrationTest.signIn(browser, member.email(), member.password());
        assertThat(afterPassword.getResponse().getRedirectedUrl()).isEqualTo("/login/totp");
        String pendingSession = browser.sessionCookie();

        assertThat(browser.perform(get("/me")).getResponse().getRedirectedUrl()).isEqualTo("/login/totp");
        assertThat(browser.perform(get("/")).getResponse().getRedirectedUrl()).isEqualTo("/login/totp");
        assertThat(browser.perform(get("/api/v1/me")).getResponse().getStatus()).isEqualTo(401);
        MvcResult form = browser.perform(get("/login/totp"));
        assertThat(form.getResponse().getStatus()).isEqualTo(200);
        assertThat(form.getResponse().getContentAsString()).contains("autocomplete=\"one-time-code\"");

        MvcResult wrong = browser.perform(post("/login/totp").param("code", TotpCodes.wrong(secret))
                .param("_csrf", WebSession.csrf(form)));
        assertThat(wrong.getResponse().getStatus()).isEqualTo(400);
        assertThat(browser.perform(get("/me")).getResponse().getRedirectedUrl()).isEqualTo("/login/totp");

        // the code used at enrolment is spent; the next step's code is what the app shows soon after
        // (named by step: a 30-second boundary during the test made "the same code" a fresh one, and the test fail)
        MvcResult used = browser.perform(post("/login/totp").param("code", TotpCodes.codeAt(secret, enrolled)).with(csrf()));
        assertThat(used.getResponse().getStatus()).as("a code works only once").isEqualTo(400);
        MvcResult right = browser.perform(post("/login/totp").param("code", TotpCodes.codeAt(secret, enrolled + 1)).with(csrf()));
        assertThat(right.getResponse().getRedirectedUrl()).isEqualTo("/");
        assertThat(browser.sessionCookie()).as("a new session id once fully signed in").isNotEqualTo(pendingSession);
        assertThat(browser.perform(get("/me")).getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void theSecondStepPageSendsVisitorsWithoutAPendingSignInToTheSignInPage() throws Exception {
        assertThat(mvc.perform(get("/login/totp")).andReturn().getResponse().getRedirectedUrl()).isEqualTo("/login");
        assertThat(mvc.perform(post("/login/totp").param("code", "123456").with(csrf())).andReturn().getResponse()
                .getRedirectedUrl()).isEqualTo("/login");
    }

    @Test
    void turningTheSecondFactorOffNeedsACurrentCode() throws Exception {
        TestMember member = fixtures.member("turn-off");
        WebSession browser = signedIn(member, "10.4.0.3");
        String secret = enrol(browser, member);
        browser.perform(post("/me/security/confirm").param("code", TotpCodes.code(secret, -1)).with(csrf()));
        assertThat(secondFactor.isOn(member.id())).isTrue();

        MvcResult refused = browser.perform(post("/me/security/disable").param("code", TotpCodes.wrong(secret)).with(csrf()));
        assertThat(refused.getResponse().getStatus()).isEqualTo(400);
        assertThat(secondFactor.isOn(member.id())).isTrue();
        MvcResult missing = browser.perform(post("/me/security/disable").with(csrf()));
        assertThat(missing.getResponse().getStatus()).isEqualTo(400);

        assertThat(browser.perform(post("/me/security/disable").param("code", TotpCodes.code(secret, 0)).with(csrf()))
                .getResponse().getRedirectedUrl()).isEqualTo("/me/security");
        assertThat(secondFactor.isOn(member.id())).isFalse();
        assertThat(SignInIntegrationTest.signIn(new WebSession(mvc).from("10.4.0.4"), member.email(), member.password())
                .getResponse().getRedirectedUrl()).as("signing in needs no code any more").isEqualTo("/");
    }
}
