package org.takatuf.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.takatuf.support.TestAccounts;
import org.takatuf.support.TestImages;

/**
 * quality.md line 22 (ASVS 2.4.1) with the small limits of {@link SmallLimits}: pledges, comments, messages and
 * uploads have limits of their own, and all writes of a member (or of an anonymous address) together have one.
 * Every loop is bounded and must meet a 429 with {@code Retry-After} and a message in the reader's language;
 * the limit of one member never touches another member.
 */
@SmallLimits
class WriteThrottleIntegrationTest {

    static final int BOUND = 20;

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountProvisioning accounts;
    @Autowired
    ApiTokenManagement tokens;

    /** Sends the request until refused; returns how many were let through before the 429. */
    int untilRefused(Supplier<AbstractMockHttpServletRequestBuilder<?>> request, String language) throws Exception {
        for (int attempt = 0; attempt < BOUND; attempt++) {
            MockHttpServletResponse response = mvc.perform(request.get().header("Accept-Language", language))
                    .andReturn().getResponse();
            if (response.getStatus() == 429) {
                assertThat(response.getHeader("Retry-After")).isNotNull();
                assertThat(Long.parseLong(response.getHeader("Retry-After"))).isPositive();
                assertThat(response.getContentAsString()).contains(language.equals("en") ? "Too many" : "طلبات كثيرة");
                return attempt;
            }
            assertThat(response.getStatus()).as("answer before the limit").isLessThan(500).isNotEqualTo(429);
        }
        throw new AssertionError("No 429 within " + BOUND + " writes");
    }

    @Test
    void pledgesAreLimitedPerMemberAndAnotherMemberStillPledges() throws Exception {
        var donor = TestAccounts.create(accounts, "throttle-donor");
        var other = TestAccounts.create(accounts, "throttle-other-donor");
        String campaign = "/api/v1/campaigns/" + UUID.randomUUID() + "/pledges";
        Supplier<AbstractMockHttpServletRequestBuilder<?>> pledge = () -> post(campaign).with(user(donor)).with(csrf())
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(MediaType.APPLICATION_JSON).content("{\"method\":\"BANK_TRANSFER\",\"amount\":\"10\"}");
        assertThat(untilRefused(pledge, "en")).isEqualTo(3);
        MockHttpServletResponse another = mvc.perform(post(campaign).with(user(other)).with(csrf())
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(MediaType.APPLICATION_JSON).content("{\"method\":\"BANK_TRANSFER\",\"amount\":\"10\"}"))
                .andReturn().getResponse();
        assertThat(another.getStatus()).isEqualTo(404);
    }

    @Test
    void bearerPledgesInTheLeanLaneAndSessionPledgesCountAgainstOneLimit() throws Exception {
        var donor = TestAccounts.create(accounts, "throttle-lean-donor");
        String token = tokens.create(donor.id(), "throttle").secret();
        String campaign = "/api/v1/campaigns/" + UUID.randomUUID() + "/pledges";
        String body = "{\"method\":\"BANK_TRANSFER\",\"amount\":\"10\"}";
        Supplier<AbstractMockHttpServletRequestBuilder<?>> bearer = () -> post(campaign).header("Authorization", "Bearer " + token)
                .header("Idempotency-Key", UUID.randomUUID().toString()).contentType(MediaType.APPLICATION_JSON).content(body);
        Supplier<AbstractMockHttpServletRequestBuilder<?>> session = () -> post(campaign).with(user(donor)).with(csrf())
                .header("Idempotency-Key", UUID.randomUUID().toString()).contentType(MediaType.APPLICATION_JSON).content(body);
        // two through the lean lane (bearer token), one through the security chain (session): the limit of 3 is reached
        assertThat(mvc.perform(bearer.get()).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(bearer.get()).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(session.get()).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(untilRefused(bearer, "ar")).isZero();
        assertThat(untilRefused(session, "en")).isZero();
    }

    @Test
    void commentsAreLimitedPerMember() throws Exception {
        var member = TestAccounts.create(accounts, "throttle-commenter");
        Supplier<AbstractMockHttpServletRequestBuilder<?>> comment = () -> post("/engage/comments").with(user(member)).with(csrf())
                .param("type", "campaign").param("id", UUID.randomUUID().toString()).param("body", "شكراً لكم");
        assertThat(untilRefused(comment, "ar")).isEqualTo(3);
    }

    @Test
    void messagesAreLimitedPerMember() throws Exception {
        var member = TestAccounts.create(accounts, "throttle-messenger");
        Supplier<AbstractMockHttpServletRequestBuilder<?>> message = () -> post("/exchange/handovers/" + UUID.randomUUID() + "/messages")
                .with(user(member)).with(csrf()).param("body", "هل ما زالت متوفرة؟");
        assertThat(untilRefused(message, "ar")).isEqualTo(3);
    }

    @Test
    void uploadsAreLimitedPerMember() throws Exception {
        var member = TestAccounts.create(accounts, "throttle-uploader");
        Supplier<AbstractMockHttpServletRequestBuilder<?>> upload = () -> multipart("/me/avatar")
                .file(new MockMultipartFile("avatar", "me.png", "image/png", TestImages.png(64, 64, false)))
                .with(user(member)).with(csrf());
        assertThat(untilRefused(upload, "en")).isEqualTo(3);
    }

    @Test
    void allWritesOfOneMemberTogetherAreLimited() throws Exception {
        var member = TestAccounts.create(accounts, "throttle-writer");
        Supplier<AbstractMockHttpServletRequestBuilder<?>> follow = () -> post("/follows").with(user(member)).with(csrf())
                .param("type", "tag").param("key", "ادعم_المحلي").param("follow", "true");
        assertThat(untilRefused(follow, "ar")).isEqualTo(12);
    }

    @Test
    void anonymousWritesAreLimitedPerAddressAndOtherAddressesGoOn() throws Exception {
        Supplier<AbstractMockHttpServletRequestBuilder<?>> report = () -> post("/cases").with(csrf())
                .with(request -> {
                    request.setRemoteAddr("10.9.0.1");
                    return request;
                });
        assertThat(untilRefused(report, "en")).isEqualTo(12);
        MockHttpServletResponse elsewhere = mvc.perform(post("/cases").with(csrf()).with(request -> {
            request.setRemoteAddr("10.9.0.2");
            return request;
        })).andReturn().getResponse();
        assertThat(elsewhere.getStatus()).isNotEqualTo(429).isLessThan(500);
    }
}
