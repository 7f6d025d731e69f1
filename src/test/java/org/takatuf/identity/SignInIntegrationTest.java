package org.takatuf.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.takatuf.identity.MemberFixtures.TestMember;
import org.takatuf.support.IntegrationTest;
import org.takatuf.support.WebSession;

/**
 * Signing in and out as a browser does it, with the session cookie and the CSRF token of the page:
 * failure messages, a new session id at sign-in, sign-out ending the server session, the cookie's
 * attributes, and the remembered language.
 */
@IntegrationTest
class SignInIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    MemberFixtures fixtures;
    @Autowired
    MemberManagement members;
    @Autowired
    JdbcTemplate jdbc;

    static MvcResult signIn(WebSession browser, String email, String password) throws Exception {
        MvcResult page = browser.perform(get("/login"));
        return browser.perform(post("/login").param("email", email).param("password", password)
                .param("_csrf", WebSession.csrf(page)));
    }

    @Test
    void aWrongPasswordSaysSoWithoutSayingWhetherTheAccountExists() throws Exception {
        TestMember member = fixtures.member("wrong-pw");
        WebSession browser = new WebSession(mvc).from("10.1.0.1");
        MvcResult failed = signIn(browser, member.email(), "not-the-password-at-all");
        assertThat(failed.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
        assertThat(browser.perform(get("/login?error").param("lang", "en")).getResponse().getContentAsString())
                .contains("The e-mail or password is not correct.");

        WebSession stranger = new WebSession(mvc).from("10.1.0.2");
        signIn(stranger, "nobody-" + member.email(), "not-the-password-at-all");
        assertThat(stranger.perform(get("/login?error").param("lang", "en")).getResponse().getContentAsString())
                .contains("The e-mail or password is not correct.");
    }

    @Test
    void anUnverifiedMemberCannotSignInAndIsToldWhy() throws Exception {
        TestMember member = fixtures.unverified("unverified");
        WebSession browser = new WebSession(mvc).from("10.1.0.3");
        assertThat(signIn(browser, member.email(), member.password()).getResponse().getRedirectedUrl()).isEqualTo("/login?error");
        assertThat(browser.perform(get("/login?error")).getResponse().getContentAsString())
                .contains("لم تفعّل بريدك بعد");
        assertThat(browser.perform(get("/me")).getResponse().getRedirectedUrl()).endsWith("/login");
    }

    @Test
    void aSuspendedMemberIsToldSoOnlyWithTheRightPassword() throws Exception {
        TestMember member = fixtures.member("suspended");
        members.disable(member.id());
        WebSession guesser = new WebSession(mvc).from("10.1.0.4");
        signIn(guesser, member.email(), "a-wrong-password-123");
        assertThat(guesser.perform(get("/login?error").param("lang", "en")).getResponse().getContentAsString())
                .contains("The e-mail or password is not correct.").doesNotContain("suspended");

        WebSession owner = new WebSession(mvc).from("10.1.0.5");
        signIn(owner, member.email(), member.password());
        assertThat(owner.perform(get("/login?error").param("lang", "en")).getResponse().getContentAsString())
                .contains("This account is suspended.");
        assertThat(owner.perform(get("/me")).getResponse().getRedirectedUrl()).endsWith("/login");
    }

    @Test
    void signingInGivesANewSessionIdAndSigningOutEndsTheSessionOnTheServer() throws Exception {
        TestMember member = fixtures.member("rotation");
        WebSession browser = new WebSession(mvc).from("10.1.0.6");
        MvcResult page = browser.perform(get("/login"));
        String anonymous = browser.sessionCookie();
        assertThat(anonymous).as("the sign-in page keeps its CSRF token in a session").isNotNull();

        MvcResult signedIn = browser.perform(post("/login").param("email", member.email())
                .param("password", member.password()).param("_csrf", WebSession.csrf(page)));
        assertThat(signedIn.getResponse().getRedirectedUrl()).isEqualTo("/");
        String authenticated = browser.sessionCookie();
        assertThat(authenticated).isNotNull().isNotEqualTo(anonymous);
        assertThat(browser.perform(get("/me")).getResponse().getStatus()).isEqualTo(200);

        WebSession fixated = new WebSession(mvc).from("10.1.0.6");
        fixated.useSessionCookie(anonymous);
        assertThat(fixated.perform(get("/me")).getResponse().getRedirectedUrl())
                .as("the pre-sign-in session id is not signed in").endsWith("/login");

        MvcResult me = browser.perform(get("/me"));
        MvcResult out = browser.perform(post("/logout").param("_csrf", WebSession.csrf(me)));
        assertThat(out.getResponse().getRedirectedUrl()).isEqualTo("/?signedOut");
        assertThat(jdbc.queryForObject("select count(*) from spring_session where principal_name = ?", Integer.class,
                member.email())).isZero();

        WebSession replay = new WebSession(mvc).from("10.1.0.6");
        replay.useSessionCookie(authenticated);
        assertThat(replay.perform(get("/me")).getResponse().getRedirectedUrl())
                .as("the old session cookie no longer signs anyone in").endsWith("/login");
    }

    @Test
    void theSessionCookieIsHostPrefixedSecureHttpOnlyAndSameSiteLax() throws Exception {
        MvcResult page = mvc.perform(get("/login")).andReturn();
        String cookie = page.getResponse().getHeaders("Set-Cookie").stream()
                .filter(h -> h.startsWith(WebSession.SESSION_COOKIE + "=")).findFirst().orElseThrow();
        assertThat(cookie).contains("Path=/").contains("Secure").contains("HttpOnly").contains("SameSite=Lax")
                .doesNotContain("Domain=");
    }

    @Test
    void theLanguageAMemberChoosesIsRememberedAndAppliedAtTheNextSignIn() throws Exception {
        TestMember member = fixtures.member("language");
        WebSession first = new WebSession(mvc).from("10.1.0.7");
        signIn(first, member.email(), member.password());
        first.perform(get("/me").param("lang", "en"));
        assertThat(fixtures.load(member.id()).getPreferredLocale().getLanguage())
                .as("a GET changes nothing stored").isEqualTo("ar");
        MvcResult page = first.perform(get("/me"));
        assertThat(page.getResponse().getContentAsString()).as("the member's switch is a form").contains("action=\"/me/language\"");
        org.springframework.mock.web.MockHttpServletResponse switched = first.perform(post("/me/language").param("lang", "en")
                .param("back", "/me?lang=en").param("_csrf", WebSession.csrf(page))).getResponse();
        assertThat(switched.getRedirectedUrl()).isEqualTo("/me?lang=en");
        assertThat(fixtures.load(member.id()).getPreferredLocale().getLanguage()).isEqualTo("en");
        assertThat(first.perform(post("/me/language").param("lang", "fr").param("_csrf", WebSession.csrf(page)))
                .getResponse().getStatus()).isEqualTo(400);
        assertThat(first.perform(post("/me/language").param("lang", "en").param("back", "//evil.example/x")
                .param("_csrf", WebSession.csrf(page))).getResponse().getRedirectedUrl()).isEqualTo("/?lang=en");

        WebSession second = new WebSession(mvc).from("10.1.0.8");
        signIn(second, member.email(), member.password());
        assertThat(second.perform(get("/me")).getResponse().getContentAsString()).contains("lang=\"en\"");

        MvcResult home = second.perform(get("/"));
        second.perform(post("/me/language").param("lang", "ar").param("back", "/").param("_csrf", WebSession.csrf(home)));
        assertThat(fixtures.load(member.id()).getPreferredLocale().getLanguage()).isEqualTo("ar");
    }

    @Test
    void anAnonymousLanguageSwitchStoresNothing() throws Exception {
        TestMember member = fixtures.member("anon-lang");
        new WebSession(mvc).perform(get("/").param("lang", "en"));
        assertThat(fixtures.load(member.id()).getPreferredLocale().getLanguage()).isEqualTo("ar");
    }
}
