package org.takatuf.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.takatuf.identity.MemberFixtures.TestMember;
import org.takatuf.support.IntegrationTest;
import org.takatuf.support.WebSession;

/** Bearer tokens for {@code /api/v1}: created on {@code /me/tokens}, shown once, stored hashed, revocable. */
@IntegrationTest
class ApiTokenIntegrationTest {

    static final Pattern SECRET = Pattern.compile("value=\"(tkt_[A-Za-z0-9_-]+)\"");

    @Autowired
    MockMvc mvc;
    @Autowired
    MemberFixtures fixtures;
    @Autowired
    ApiTokenManagement tokens;
    @Autowired
    JdbcTemplate jdbc;

    WebSession signedIn(TestMember member, String address) throws Exception {
        WebSession browser = new WebSession(mvc).from(address);
        SignInIntegrationTest.signIn(browser, member.email(), member.password());
        return browser;
    }

    @Test
    void aTokenIsShownOnceStoredHashedAndAnswersApiV1Me() throws Exception {
        TestMember member = fixtures.member("token", Role.MODERATOR);
        WebSession browser = signedIn(member, "10.7.0.1");
        MockHttpServletResponse created = browser.perform(post("/me/tokens").param("name", "سكربت التقارير").with(csrf()))
                .getResponse();
        assertThat(created.getStatus()).isEqualTo(200);
        assertThat(created.getHeader("Cache-Control")).contains("no-store");
        Matcher m = SECRET.matcher(created.getContentAsString());
        assertThat(m.find()).isTrue();
        String secret = m.group(1);

        String listed = browser.perform(get("/me/tokens")).getResponse().getContentAsString();
        assertThat(listed).contains("سكربت التقارير").doesNotContain(secret);
        // the revoke button's label names the token inside a translated sentence: the name is bidi-isolated
        assertThat(listed).contains("aria-label=\"إلغاء الرمز \u2068سكربت التقارير\u2069\"");
        assertThat(jdbc.queryForList("select token_hash from api_token where member_id = ?", String.class, member.id().value()))
                .hasSize(1).doesNotContain(secret);

        MockHttpServletResponse me = mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + secret))
                .andReturn().getResponse();
        assertThat(me.getStatus()).isEqualTo(200);
        assertThat(me.getContentType()).startsWith("application/json");
        assertThat(me.getContentAsString()).contains("\"id\":\"" + member.id().value() + "\"")
                .contains("\"displayName\":\"" + member.displayName() + "\"").contains("\"MEMBER\"").contains("\"MODERATOR\"")
                .doesNotContain(member.email());
        assertThat(me.getHeaders("Set-Cookie")).as("stateless: no session").noneMatch(c -> c.startsWith(WebSession.SESSION_COOKIE));
        assertThat(jdbc.queryForObject("select last_used_at is not null from api_token where member_id = ?", Boolean.class,
                member.id().value())).isTrue();
    }

    @Test
    void invalidAndRevokedTokensAre401JsonInTheReadersLanguage() throws Exception {
        TestMember member = fixtures.member("revoked");
        ApiTokenManagement.Created token = tokens.create(member.id(), "cli");
        assertThat(mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token.secret())).andReturn()
                .getResponse().getStatus()).isEqualTo(200);

        WebSession browser = signedIn(member, "10.7.0.2");
        assertThat(browser.perform(post("/me/tokens/{id}/revoke", token.id()).with(csrf())).getResponse().getRedirectedUrl())
                .isEqualTo("/me/tokens");

        MockHttpServletResponse revoked = mvc.perform(get("/api/v1/me").param("lang", "en")
                .header("Authorization", "Bearer " + token.secret())).andReturn().getResponse();
        assertThat(revoked.getStatus()).isEqualTo(401);
        assertThat(revoked.getContentType()).startsWith("application/json");
        assertThat(revoked.getContentAsString()).contains("\"status\":401").contains("not valid or was revoked");

        MockHttpServletResponse invalid = mvc.perform(get("/api/v1/me").header("Authorization", "Bearer tkt_made-up"))
                .andReturn().getResponse();
        assertThat(invalid.getStatus()).isEqualTo(401);
        assertThat(invalid.getContentAsString()).contains("رمز الواجهة البرمجية");

        MockHttpServletResponse basic = mvc.perform(get("/api/v1/me").header("Authorization", "Basic dXNlcjpwYXNz"))
                .andReturn().getResponse();
        assertThat(basic.getStatus()).isEqualTo(401);

        MockHttpServletResponse none = mvc.perform(get("/api/v1/me").header("Accept-Language", "en")).andReturn().getResponse();
        assertThat(none.getStatus()).isEqualTo(401);
        assertThat(none.getContentType()).startsWith("application/json");
    }

    @Test
    void aSessionCookieDoesNotCountOnAnApiRequestThatCarriesAnAuthorizationHeader() throws Exception {
        TestMember member = fixtures.member("cookie-and-header");
        WebSession browser = signedIn(member, "10.7.0.3");
        assertThat(browser.perform(get("/api/v1/me")).getResponse().getStatus()).as("the session alone works").isEqualTo(200);
        assertThat(browser.perform(get("/api/v1/me").header("Authorization", "Bearer nonsense")).getResponse().getStatus())
                .isEqualTo(401);
    }

    @Test
    void tokensOfSuspendedMembersStopWorkingAndBadNamesAreRefused() throws Exception {
        TestMember member = fixtures.member("suspended-token");
        ApiTokenManagement.Created token = tokens.create(member.id(), "bot");
        WebSession browser = signedIn(member, "10.7.0.4");
        MockHttpServletResponse blank = browser.perform(post("/me/tokens").param("name", "  ").with(csrf())).getResponse();
        assertThat(blank.getStatus()).isEqualTo(400);
        assertThat(blank.getContentAsString()).contains("أعطِ الرمز اسمًا");
        assertThat(browser.perform(post("/me/tokens").param("name", "n".repeat(101)).with(csrf())).getResponse().getStatus())
                .isEqualTo(400);

        fixtures.disable(member.id());
        assertThat(mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token.secret())).andReturn()
                .getResponse().getStatus()).isEqualTo(401);
    }
}
