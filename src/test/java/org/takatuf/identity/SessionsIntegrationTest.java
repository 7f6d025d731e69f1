package org.takatuf.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.takatuf.identity.MemberFixtures.TestMember;
import org.takatuf.platform.MailCatcher;
import org.takatuf.support.IntegrationTest;
import org.takatuf.support.WebSession;

/**
 * Sessions end on the server (ASVS 7.4.1, 7.4.2): disabling an account ends all of them; changing the
 * password ends the others; resetting it by e-mail ends all.
 */
@IntegrationTest
class SessionsIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    MemberFixtures fixtures;
    @Autowired
    MemberManagement members;
    @Autowired
    MailCatcher mail;

    WebSession signedIn(TestMember member, String address, String password) throws Exception {
        WebSession browser = new WebSession(mvc).from(address);
        assertThat(SignInIntegrationTest.signIn(browser, member.email(), password).getResponse().getRedirectedUrl())
                .isEqualTo("/");
        assertThat(signedInAsMember(browser)).isTrue();
        return browser;
    }

    static boolean signedInAsMember(WebSession browser) throws Exception {
        return browser.perform(get("/me")).getResponse().getStatus() == 200;
    }

    @Test
    void disablingAnAccountEndsAllItsSessions() throws Exception {
        TestMember member = fixtures.member("disabled-sessions");
        TestMember bystander = fixtures.member("bystander");
        WebSession phone = signedIn(member, "10.6.0.1", member.password());
        WebSession laptop = signedIn(member, "10.6.0.2", member.password());
        WebSession other = signedIn(bystander, "10.6.0.3", bystander.password());

        members.disable(member.id());

        assertThat(signedInAsMember(phone)).isFalse();
        assertThat(signedInAsMember(laptop)).isFalse();
        assertThat(signedInAsMember(other)).as("other members keep their sessions").isTrue();
    }

    @Test
    void changingThePasswordEndsTheOtherSessionsButKeepsThisOne() throws Exception {
        TestMember member = fixtures.member("change-sessions");
        WebSession here = signedIn(member, "10.6.1.1", member.password());
        WebSession elsewhere = signedIn(member, "10.6.1.2", member.password());

        assertThat(here.perform(post("/me/password").param("currentPassword", member.password())
                .param("newPassword", "another-long-password-31").with(csrf())).getResponse().getRedirectedUrl()).isEqualTo("/me");

        assertThat(signedInAsMember(here)).isTrue();
        assertThat(signedInAsMember(elsewhere)).isFalse();
    }

    @Test
    void resettingThePasswordByEmailEndsEverySession() throws Exception {
        TestMember member = fixtures.member("reset-sessions");
        WebSession phone = signedIn(member, "10.6.2.1", member.password());
        members.requestPasswordReset(member.email());
        String text = mail.messagesTo(member.email()).getFirst().textBody();
        String token = text.replaceAll("(?s).*reset-password\\?token=([A-Za-z0-9_-]+).*", "$1");

        WebSession anonymous = new WebSession(mvc).from("10.6.2.2");
        assertThat(anonymous.perform(post("/reset-password").param("token", token)
                .param("password", "reset-to-this-password-9").with(csrf())).getResponse().getRedirectedUrl()).isEqualTo("/login");

        assertThat(signedInAsMember(phone)).isFalse();
        signedIn(member, "10.6.2.3", "reset-to-this-password-9");
    }
}
