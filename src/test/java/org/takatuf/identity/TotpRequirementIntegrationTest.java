package org.takatuf.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.takatuf.identity.MemberFixtures.TestMember;
import org.takatuf.support.WebSession;

/** {@code takatuf.security.require-totp-for-admins=true}: administrators and moderators enrol first. */
@SmallLimits
class TotpRequirementIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    MemberFixtures fixtures;
    @Autowired
    SecondFactorManagement secondFactor;

    @Test
    void anAdministratorWithoutSecondFactorIsSentToEnrolBeforeAnythingElse() throws Exception {
        TestMember admin = fixtures.member("must-enrol", Role.ADMIN);
        WebSession browser = new WebSession(mvc).from("10.3.0.1");
        SignInIntegrationTest.signIn(browser, admin.email(), admin.password());

        assertThat(browser.perform(get("/me")).getResponse().getRedirectedUrl()).isEqualTo("/me/security");
        assertThat(browser.perform(get("/")).getResponse().getRedirectedUrl()).isEqualTo("/me/security");
        assertThat(browser.perform(get("/admin/verifications")).getResponse().getRedirectedUrl()).isEqualTo("/me/security");
        assertThat(browser.perform(get("/me/security").param("lang", "en")).getResponse().getContentAsString())
                .contains("requires administrators and moderators");

        String page = browser.perform(post("/me/security/enrol").with(csrf())).getResponse().getContentAsString();
        assertThat(page).contains("data:image/png;base64,");
        String secret = secondFactor.pendingEnrolment(admin.id()).orElseThrow().secret();
        assertThat(page).contains(secret);
        assertThat(browser.perform(post("/me/security/confirm").param("code", TotpCodes.code(secret, 0)).with(csrf()))
                .getResponse().getRedirectedUrl()).isEqualTo("/me/security");

        assertThat(browser.perform(get("/me")).getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void aModeratorIsHeldTooButAnOrdinaryMemberIsNot() throws Exception {
        TestMember moderator = fixtures.member("moderator", Role.MODERATOR);
        WebSession held = new WebSession(mvc).from("10.3.0.2");
        SignInIntegrationTest.signIn(held, moderator.email(), moderator.password());
        assertThat(held.perform(get("/me")).getResponse().getRedirectedUrl()).isEqualTo("/me/security");

        TestMember member = fixtures.member("ordinary");
        WebSession free = new WebSession(mvc).from("10.3.0.3");
        SignInIntegrationTest.signIn(free, member.email(), member.password());
        assertThat(free.perform(get("/me")).getResponse().getStatus()).isEqualTo(200);
    }
}
