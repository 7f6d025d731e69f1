package org.takatuf.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.takatuf.identity.MemberFixtures.TestMember;
import org.takatuf.support.IntegrationTest;

/** ASVS 3.4: CSP, HSTS, nosniff and framing rules on a page, an API answer and an error. */
@IntegrationTest
class SecurityHeadersIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    MemberFixtures fixtures;
    @Autowired
    ApiTokenManagement tokens;

    static void assertSecurityHeaders(MockHttpServletResponse response) {
        assertThat(response.getHeader("Content-Security-Policy")).contains("default-src 'self'")
                .contains("script-src 'self'").contains("object-src 'none'").contains("frame-ancestors 'none'");
        assertThat(response.getHeader("Strict-Transport-Security")).contains("max-age=31536000").contains("includeSubDomains");
        assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
        assertThat(response.getHeader("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
    }

    /** OWASP's REST Security Cheat Sheet: no caching, no sniffing, HSTS, no framing, a policy that allows nothing. */
    static void assertApiSecurityHeaders(MockHttpServletResponse response) {
        assertThat(response.getHeader("Content-Security-Policy")).isEqualTo("default-src 'none'; frame-ancestors 'none'");
        assertThat(response.getHeader("Strict-Transport-Security")).contains("max-age=31536000").contains("includeSubDomains");
        assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
        assertThat(response.getHeader("Cache-Control")).isEqualTo("no-store");
        assertThat(response.getHeader("Referrer-Policy")).as("a document's header").isNull();
        assertThat(response.getHeader("Permissions-Policy")).as("a document's header").isNull();
    }

    @Test
    void aPage() throws Exception {
        MockHttpServletResponse page = mvc.perform(get("/")).andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        assertSecurityHeaders(page);
    }

    @Test
    void anApiAnswer() throws Exception {
        TestMember member = fixtures.member("headers");
        String secret = tokens.create(member.id(), "headers").secret();
        MockHttpServletResponse api = mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + secret))
                .andReturn().getResponse();
        assertThat(api.getStatus()).isEqualTo(200);
        assertApiSecurityHeaders(api);
        MockHttpServletResponse refused = mvc.perform(get("/api/v1/me").header("Authorization", "Bearer wrong"))
                .andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(401);
        assertApiSecurityHeaders(refused);
    }

    @Test
    void anError() throws Exception {
        MockHttpServletResponse missing = mvc.perform(get("/members/{id}", UUID.randomUUID())).andReturn().getResponse();
        assertThat(missing.getStatus()).isEqualTo(404);
        assertThat(missing.getContentAsString()).doesNotContain("Exception").doesNotContain("at org.");
        assertSecurityHeaders(missing);
    }
}
