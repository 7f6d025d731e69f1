package org.takatuf.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.takatuf.identity.MemberFixtures.TestMember;
import org.takatuf.support.TestData;
import org.takatuf.support.WebSession;

/**
 * ASVS 6.3.1 and 2.4.1 with small limits (see {@link SmallLimits}): failed sign-ins per account and
 * address, per address and per account; the owner elsewhere is not locked out; sign-up, password
 * reset and second-factor codes are limited too. Each loop is bounded and must meet a 429.
 */
@SmallLimits
class ThrottleIntegrationTest {

    static final int BOUND = 20;

    @Autowired
    MockMvc mvc;
    @Autowired
    MemberFixtures fixtures;
    @Autowired
    SecondFactorManagement secondFactor;

    MockHttpServletResponse login(String address, String email, String password) throws Exception {
        return new WebSession(mvc).from(address)
                .perform(post("/login").param("email", email).param("password", password).with(csrf())).getResponse();
    }

    /** Fails to sign in until refused; returns the refusal and how many attempts were answered normally. */
    Refused failUntilRefused(String address, String email) throws Exception {
        for (int attempt = 0; attempt < BOUND; attempt++) {
            MockHttpServletResponse response = login(address, email, "wrong-password-" + attempt);
            if (response.getStatus() == 429) {
                return new Refused(response, attempt);
            }
            assertThat(response.getRedirectedUrl()).isEqualTo("/login?error");
        }
        throw new AssertionError("No 429 within " + BOUND + " failed sign-ins");
    }

    record Refused(MockHttpServletResponse response, int failuresBefore) {
    }

    static void assertTooMany(MockHttpServletResponse response) throws Exception {
        assertThat(response.getStatus()).isEqualTo(429);
        assertThat(response.getHeader("Retry-After")).isNotNull();
        assertThat(Long.parseLong(response.getHeader("Retry-After"))).isPositive();
    }

    @Test
    void failedSignInsForOneAccountFromOneAddressAreThrottledWithoutLockingOutTheOwnerElsewhere() throws Exception {
        TestMember member = fixtures.member("throttled");
        Refused refused = failUntilRefused("10.2.0.1", member.email());
        assertThat(refused.failuresBefore()).isEqualTo(3);
        assertTooMany(refused.response());
        assertThat(refused.response().getContentAsString()).contains("lang=\"ar\"").contains("طلبات كثيرة");
        // even the right password waits at the guesser's address
        assertThat(login("10.2.0.1", member.email(), member.password()).getStatus()).isEqualTo(429);
        // the owner at another address signs in
        assertThat(login("10.2.0.2", member.email(), member.password()).getRedirectedUrl()).isEqualTo("/");
    }

    @Test
    void oneAddressTryingManyAccountsIsThrottled() throws Exception {
        for (int attempt = 0; attempt < BOUND; attempt++) {
            MockHttpServletResponse response = login("10.2.1.1", TestData.email("spray" + attempt), "wrong-password");
            if (response.getStatus() == 429) {
                assertTooMany(response);
                assertThat(attempt).isEqualTo(6);
                return;
            }
        }
        throw new AssertionError("No 429 within " + BOUND + " attempts");
    }

    @Test
    void oneAccountGuessedFromManyAddressesHitsTheCeilingButNotAtTheOwnersKnownAddress() throws Exception {
        TestMember member = fixtures.member("ceiling");
        assertThat(login("10.2.2.100", member.email(), member.password()).getRedirectedUrl()).isEqualTo("/");
        MockHttpServletResponse refused = null;
        for (int attempt = 0; attempt < BOUND && refused == null; attempt++) {
            MockHttpServletResponse response = login("10.2.2." + (attempt / 2 + 1), member.email(), "wrong-password");
            if (response.getStatus() == 429) {
                refused = response;
                assertThat(attempt).as("the ceiling is the sum over all addresses").isEqualTo(8);
            }
        }
        assertThat(refused).as("a 429 within " + BOUND + " attempts").isNotNull();
        assertTooMany(refused);
        assertThat(login("10.2.2.77", member.email(), member.password()).getStatus()).isEqualTo(429);
        assertThat(login("10.2.2.100", member.email(), member.password()).getRedirectedUrl())
                .as("the owner's address is exempt from the ceiling").isEqualTo("/");
    }

    @Test
    void signUpIsLimitedPerAddressWithAPageInTheReadersLanguage() throws Exception {
        for (int attempt = 0; attempt < BOUND; attempt++) {
            MockHttpServletResponse response = new WebSession(mvc).from("10.2.3.1").perform(post("/signup")
                    .param("lang", "en").param("email", "not-an-address").param("displayName", "x").param("password", "x")
                    .with(csrf())).getResponse();
            if (response.getStatus() == 429) {
                assertTooMany(response);
                assertThat(attempt).isEqualTo(3);
                assertThat(response.getContentAsString()).contains("lang=\"en\"").contains("Too many requests")
                        .contains("Try again in");
                return;
            }
        }
        throw new AssertionError("No 429 within " + BOUND + " sign-ups");
    }

    @Test
    void passwordResetRequestsAreLimitedPerAddress() throws Exception {
        for (int attempt = 0; attempt < BOUND; attempt++) {
            MockHttpServletResponse response = new WebSession(mvc).from("10.2.4.1").perform(post("/forgot-password")
                    .param("email", TestData.email("reset")).with(csrf())).getResponse();
            if (response.getStatus() == 429) {
                assertTooMany(response);
                assertThat(attempt).isEqualTo(2);
                return;
            }
            assertThat(response.getStatus()).isEqualTo(200);
        }
        throw new AssertionError("No 429 within " + BOUND + " reset requests");
    }

    @Test
    void wrongSecondFactorCodesAreLimitedPerAccount() throws Exception {
        TestMember member = fixtures.member("totp-guess");
        String secret = secondFactor.startEnrolment(member.id()).secret();
        secondFactor.confirm(member.id(), TotpCodes.code(secret, 0));
        WebSession browser = new WebSession(mvc).from("10.2.5.1");
        SignInIntegrationTest.signIn(browser, member.email(), member.password());
        for (int attempt = 0; attempt < BOUND; attempt++) {
            MockHttpServletResponse response = browser.perform(post("/login/totp").param("code", TotpCodes.wrong(secret))
                    .with(csrf())).getResponse();
            if (response.getStatus() == 429) {
                assertTooMany(response);
                assertThat(attempt).isEqualTo(3);
                return;
            }
            assertThat(response.getStatus()).isEqualTo(400);
        }
        throw new AssertionError("No 429 within " + BOUND + " codes");
    }
}
