package org.takatuf.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.takatuf.identity.MemberFixtures.TestMember;
import org.takatuf.support.IntegrationTest;
import org.takatuf.support.WebSession;

/** A platform administrator suspends and restores accounts and gives roles, from the page; nobody else can. */
@IntegrationTest
class AdminMembersIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    MemberFixtures fixtures;

    @Test
    void suspendingAnAccountFromThePageEndsItsSessionsAndRolesCanBeGivenAndTakenBack() throws Exception {
        TestMember admin = fixtures.member("admin-members", Role.ADMIN);
        TestMember target = fixtures.member("to-suspend");
        WebSession adminBrowser = signedIn(admin, "10.7.0.1");
        WebSession targetBrowser = signedIn(target, "10.7.0.2");

        MvcResult page = adminBrowser.perform(get("/admin/members").param("q", target.email()));
        assertThat(page.getResponse().getStatus()).isEqualTo(200);
        assertThat(page.getResponse().getContentAsString()).contains(target.email()).contains(target.displayName())
                .doesNotContain(admin.email());
        String token = WebSession.csrf(page);

        MvcResult suspended = adminBrowser.perform(post("/admin/members/{id}/disable", target.id().value())
                .param("_csrf", token).param("q", target.email()));
        assertThat(suspended.getResponse().getRedirectedUrl()).startsWith("/admin/members?q=");
        assertThat(fixtures.load(target.id()).isEnabled()).isFalse();
        assertThat(targetBrowser.perform(get("/me")).getResponse().getStatus()).as("session ended").isNotEqualTo(200);

        adminBrowser.perform(post("/admin/members/{id}/enable", target.id().value()).param("_csrf", token));
        assertThat(fixtures.load(target.id()).isEnabled()).isTrue();

        adminBrowser.perform(post("/admin/members/{id}/grant-moderator", target.id().value()).param("_csrf", token));
        assertThat(fixtures.load(target.id()).getRoles()).contains(Role.MODERATOR, Role.MEMBER);
        adminBrowser.perform(post("/admin/members/{id}/revoke-moderator", target.id().value()).param("_csrf", token));
        assertThat(fixtures.load(target.id()).getRoles()).containsExactly(Role.MEMBER);

        MvcResult self = adminBrowser.perform(post("/admin/members/{id}/disable", admin.id().value()).param("_csrf", token));
        assertThat(self.getResponse().getStatus()).isEqualTo(409);
        assertThat(self.getResponse().getContentAsString()).contains("لا يمكنك تغيير حسابك أنت من هنا");
        assertThat(fixtures.load(admin.id()).isEnabled()).isTrue();

        MvcResult unknown = adminBrowser.perform(post("/admin/members/{id}/delete-everything", target.id().value())
                .param("_csrf", token));
        assertThat(unknown.getResponse().getStatus()).isEqualTo(400);
    }

    @Test
    void membersAndModeratorsCannotAdministerAccounts() throws Exception {
        TestMember moderator = fixtures.member("moderator-not-admin", Role.MODERATOR);
        TestMember target = fixtures.member("not-suspended");
        WebSession browser = signedIn(moderator, "10.7.0.3");

        assertThat(browser.perform(get("/admin/members")).getResponse().getStatus()).isEqualTo(403);
        String token = WebSession.csrf(browser.perform(get("/me")));
        MvcResult attempt = browser.perform(post("/admin/members/{id}/disable", target.id().value()).param("_csrf", token));
        assertThat(attempt.getResponse().getStatus()).isEqualTo(403);
        assertThat(fixtures.load(target.id()).isEnabled()).isTrue();
    }

    private WebSession signedIn(TestMember member, String address) throws Exception {
        WebSession browser = new WebSession(mvc).from(address);
        assertThat(SignInIntegrationTest.signIn(browser, member.email(), member.password()).getResponse().getRedirectedUrl())
                .isEqualTo("/");
        return browser;
    }
}
