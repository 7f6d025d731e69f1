package org.takatuf.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.takatuf.identity.MemberFixtures.TestMember;
import org.takatuf.support.IntegrationTest;
import org.takatuf.support.WebSession;

/**
 * ASVS 8.2.2: member B cannot read or change member A's profile, tokens or second factor, whatever
 * id B puts in the request.
 */
@IntegrationTest
class TwoAccountIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    MemberFixtures fixtures;
    @Autowired
    ApiTokenManagement tokens;
    @Autowired
    SecondFactorManagement secondFactor;

    WebSession signedIn(TestMember member, String address) throws Exception {
        WebSession browser = new WebSession(mvc).from(address);
        SignInIntegrationTest.signIn(browser, member.email(), member.password());
        return browser;
    }

    @Test
    void bCannotReadOrChangeAsProfile() throws Exception {
        TestMember a = fixtures.member("owner-a");
        TestMember b = fixtures.member("intruder-b");
        WebSession intruder = signedIn(b, "10.8.0.1");

        String home = intruder.perform(get("/me").param("id", a.id().toString())).getResponse().getContentAsString();
        assertThat(home).contains(b.email()).doesNotContain(a.email());
        assertThat(intruder.perform(get("/me/profile").param("id", a.id().toString())).getResponse().getContentAsString())
                .doesNotContain(a.displayName());
        String publicPage = intruder.perform(get("/members/{id}", a.id().value())).getResponse().getContentAsString();
        assertThat(publicPage).contains(a.displayName()).doesNotContain(a.email());

        intruder.perform(post("/me/profile").param("id", a.id().toString()).param("memberId", a.id().toString())
                .param("displayName", "Hijacked").param("preferredLocale", "en").with(csrf()));
        assertThat(fixtures.load(a.id()).getDisplayName()).isEqualTo(a.displayName());
        assertThat(fixtures.load(b.id()).getDisplayName()).as("only B's own profile changed").isEqualTo("Hijacked");
    }

    @Test
    void bCannotListUseOrRevokeAsTokens() throws Exception {
        TestMember a = fixtures.member("token-owner-a");
        TestMember b = fixtures.member("token-intruder-b");
        ApiTokenManagement.Created token = tokens.create(a.id(), "a-private-token-name");
        WebSession intruder = signedIn(b, "10.8.0.2");

        assertThat(intruder.perform(get("/me/tokens").param("id", a.id().toString())).getResponse().getContentAsString())
                .doesNotContain("a-private-token-name");
        MockHttpServletResponse revoke = intruder.perform(post("/me/tokens/{id}/revoke", token.id()).with(csrf())).getResponse();
        assertThat(revoke.getStatus()).isEqualTo(404);
        assertThat(tokens.list(a.id())).singleElement().satisfies(t -> assertThat(t.active()).isTrue());
        String me = mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token.secret())).andReturn()
                .getResponse().getContentAsString();
        assertThat(me).contains(a.id().toString());
    }

    @Test
    void bCannotSeeOrTurnOffAsSecondFactor() throws Exception {
        TestMember a = fixtures.member("totp-owner-a");
        TestMember b = fixtures.member("totp-intruder-b");
        String secret = secondFactor.startEnrolment(a.id()).secret();
        secondFactor.confirm(a.id(), TotpCodes.code(secret, -1));
        WebSession intruder = signedIn(b, "10.8.0.3");

        String page = intruder.perform(get("/me/security").param("id", a.id().toString())).getResponse().getContentAsString();
        assertThat(page).doesNotContain(secret).contains("غير مفعّل");
        MockHttpServletResponse off = intruder.perform(post("/me/security/disable").param("id", a.id().toString())
                .param("code", TotpCodes.code(secret, 0)).with(csrf())).getResponse();
        assertThat(off.getStatus()).as("B has no second factor to turn off").isEqualTo(409);
        assertThat(secondFactor.isOn(a.id())).isTrue();

        intruder.perform(post("/me/security/enrol").param("id", a.id().toString()).with(csrf()));
        assertThat(secondFactor.pendingEnrolment(b.id())).isPresent();
        assertThat(secondFactor.isOn(a.id())).isTrue();
    }
}
