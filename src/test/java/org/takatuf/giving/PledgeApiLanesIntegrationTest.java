package org.takatuf.giving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.takatuf.campaigns.Campaign;
import org.takatuf.identity.AccountProvisioning;
import org.takatuf.identity.ApiTokenManagement;
import org.takatuf.identity.CurrentMember;
import org.takatuf.identity.MemberId;
import org.takatuf.identity.Organisation;
import org.takatuf.identity.Role;
import org.takatuf.support.IntegrationTest;
import org.takatuf.support.TestData;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The pledge API arrives two ways: the lean lane in front of the servlet stack takes the ordinary bearer call
 * (docs/decisions.md), the full stack (security chain, Spring MVC, {@code PledgeApiController}) takes every other.
 * The same call must get the same answer either way: status, security headers, body, the idempotency contract
 * across the two, and the same localised refusals. {@code full} is a MockMvc with the security chain and the
 * dispatcher but without the servlet filters in front of them, so it never meets the lean lane.
 */
@IntegrationTest
class PledgeApiLanesIntegrationTest {

    /** The API's security headers (OWASP's REST Security Cheat Sheet), in both lanes. */
    static final List<String> SECURITY_HEADERS = List.of("X-Content-Type-Options", "Cache-Control",
            "Strict-Transport-Security", "X-Frame-Options", "Content-Security-Policy");
    /** The pages' headers that only a browser rendering a document acts on: in neither lane of the API. */
    static final List<String> PAGE_ONLY_HEADERS = List.of("X-XSS-Protection", "Pragma", "Expires", "Referrer-Policy",
            "Permissions-Policy");

    @Autowired
    MockMvc lean;
    @Autowired
    WebApplicationContext context;
    @Autowired
    GivingFixtures fixtures;
    @Autowired
    ApiTokenManagement tokens;
    @Autowired
    AccountProvisioning accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JsonMapper json;
    @Autowired
    MeterRegistry meters;

    MockMvc full;
    Campaign campaign;
    CurrentMember donor;
    String token;

    @BeforeEach
    void setUp() {
        full = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        CurrentMember organiser = fixtures.member("منظمة الممرين");
        Organisation org = fixtures.verifiedOrganisation(organiser);
        campaign = fixtures.fundraising(organiser, org, "5000");
        donor = fixtures.member("متبرعة الممرين");
        token = tokens.create(donor.id(), "lanes").secret();
    }

    MockHttpServletRequestBuilder pledge(UUID campaignId, String key, String body, String language) {
        return pledge(campaignId, key, body, language, token);
    }

    MockHttpServletRequestBuilder pledge(UUID campaignId, String key, String body, String language, String bearer) {
        MockHttpServletRequestBuilder request = post("/api/v1/campaigns/{id}/pledges", campaignId)
                .header("Authorization", "Bearer " + bearer).header("Accept-Language", language)
                .contentType(MediaType.APPLICATION_JSON).content(body);
        return key == null ? request : request.header("Idempotency-Key", key);
    }

    MockHttpServletResponse send(MockMvc mvc, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    /** How many calls the lean lane has answered so far. */
    double leanCalls() {
        return meters.get("takatuf.api.lean.calls").tag("route", "POST /api/v1/campaigns/{id}/pledges").counter().count();
    }

    @Test
    void aPledgeGetsTheSameAnswerThroughEitherLaneAndItsKeyIsKnownToBoth() throws Exception {
        String body = "{\"method\":\"BANK_TRANSFER\",\"amount\":\"120.75\",\"message\":\"ربي يتقبل\",\"anonymous\":true}";
        String leanKey = GivingFixtures.key();
        String fullKey = GivingFixtures.key();
        double before = leanCalls();
        MockHttpServletResponse viaLean = send(lean, pledge(campaign.id().value(), leanKey, body, "ar"));
        assertThat(leanCalls()).as("the lean lane answered").isEqualTo(before + 1);
        MockHttpServletResponse viaFull = send(full, pledge(campaign.id().value(), fullKey, body, "ar"));
        assertThat(leanCalls()).as("the full stack answered").isEqualTo(before + 1);
        assertThat(viaLean.getStatus()).isEqualTo(201);
        assertThat(viaFull.getStatus()).isEqualTo(201);
        for (String header : SECURITY_HEADERS) {
            assertThat(viaLean.getHeader(header)).as(header).isNotNull().isEqualTo(viaFull.getHeader(header));
        }
        for (String header : PAGE_ONLY_HEADERS) {
            assertThat(viaLean.getHeader(header)).as(header).isNull();
            assertThat(viaFull.getHeader(header)).as(header).isNull();
        }
        for (String header : List.of("Idempotent-Replayed", "Location")) {
            assertThat(viaLean.getHeader(header)).as(header).isNotNull();
            assertThat(viaFull.getHeader(header)).as(header).isNotNull();
        }
        assertThat(MediaType.parseMediaType(viaLean.getContentType()).isCompatibleWith(MediaType.APPLICATION_JSON)).isTrue();
        JsonNode a = json.readTree(viaLean.getContentAsString());
        JsonNode b = json.readTree(viaFull.getContentAsString());
        assertThat(a.propertyNames()).containsExactlyElementsOf(b.propertyNames());
        for (String same : List.of("campaignId", "status", "method", "amount", "currency", "anonymous")) {
            assertThat(a.get(same)).as(same).isEqualTo(b.get(same));
        }
        assertThat(viaLean.getHeader("Location")).isEqualTo("/pledges/" + a.get("id").asString());

        // a retry replays the first answer whichever lane the retry takes
        MockHttpServletResponse leanKeyViaFull = send(full, pledge(campaign.id().value(), leanKey, body, "ar"));
        MockHttpServletResponse fullKeyViaLean = send(lean, pledge(campaign.id().value(), fullKey, body, "ar"));
        assertThat(leanKeyViaFull.getStatus()).isEqualTo(201);
        assertThat(leanKeyViaFull.getHeader("Idempotent-Replayed")).isEqualTo("true");
        assertThat(leanKeyViaFull.getContentAsString()).isEqualTo(viaLean.getContentAsString());
        assertThat(fullKeyViaLean.getHeader("Idempotent-Replayed")).isEqualTo("true");
        assertThat(fullKeyViaLean.getContentAsString()).isEqualTo(viaFull.getContentAsString());
        assertThat(jdbc.sql("SELECT count(*) FROM pledge WHERE member_id = ?").param(donor.uuid()).query(Long.class).single())
                .isEqualTo(2);
    }

    @Test
    void everyRefusalIsTheSameLocalisedAnswerThroughEitherLane() throws Exception {
        String used = GivingFixtures.key();
        assertThat(send(lean, pledge(campaign.id().value(), used, "{\"method\":\"CASH\",\"amount\":\"5\"}", "ar")).getStatus())
                .isEqualTo(201);
        record Case(UUID campaign, String key, String body, int status) {
        }
        UUID id = campaign.id().value();
        List<Case> cases = List.of(
                new Case(id, null, "{\"method\":\"BANK_TRANSFER\",\"amount\":\"10\"}", 400),
                new Case(id, "a key with spaces", "{\"method\":\"BANK_TRANSFER\",\"amount\":\"10\"}", 400),
                new Case(id, GivingFixtures.key(), "{\"method\":\"BANK_TRANSFER\"}", 400),
                new Case(id, GivingFixtures.key(), "{\"method\":\"BANK_TRANSFER\",\"amount\":\"-3\"}", 400),
                new Case(id, GivingFixtures.key(), "{\"method\":\"BANK_TRANSFER\",\"amount\":\"ten\"}", 400),
                new Case(id, GivingFixtures.key(), "{\"method\":\"BANK_TRANSFER\",\"amount\":\"99999999999999\"}", 400),
                new Case(id, GivingFixtures.key(), "{\"method\":\"CARRIER_PIGEON\",\"amount\":\"10\"}", 400),
                new Case(id, GivingFixtures.key(), "{\"amount\":\"10\"}", 400),
                new Case(id, GivingFixtures.key(), "{\"method\":", 400),
                new Case(id, GivingFixtures.key(), "", 400),
                new Case(id, GivingFixtures.key(), "null", 400),
                new Case(id, GivingFixtures.key(), "[1,2]", 400),
                new Case(id, GivingFixtures.key(), "{\"method\":\"GOODS\",\"itemId\":\"" + UUID.randomUUID() + "\",\"quantity\":1}", 400),
                new Case(id, GivingFixtures.key(), "{\"method\":\"CASH\",\"amount\":\"10\",\"message\":\"" + "م".repeat(501) + "\"}", 400),
                new Case(id, GivingFixtures.key(), "{\"method\":\"CASH\",\"amount\":\"10\",\"monthly\":true}", 400),
                new Case(id, used, "{\"method\":\"CASH\",\"amount\":\"6\"}", 422),
                new Case(UUID.randomUUID(), GivingFixtures.key(), "{\"method\":\"CASH\",\"amount\":\"5\"}", 404));
        for (Case c : cases) {
            for (String language : List.of("ar", "en")) {
                String what = c.body() + " in " + language;
                double before = leanCalls();
                MockHttpServletResponse viaLean = send(lean, pledge(c.campaign(), c.key(), c.body(), language));
                assertThat(leanCalls()).as(what).isEqualTo(before + 1);
                MockHttpServletResponse viaFull = send(full, pledge(c.campaign(), c.key(), c.body(), language));
                assertThat(viaLean.getStatus()).as(what).isEqualTo(c.status());
                assertThat(viaFull.getStatus()).as(what).isEqualTo(c.status());
                JsonNode a = json.readTree(viaLean.getContentAsString());
                JsonNode b = json.readTree(viaFull.getContentAsString());
                assertThat(a.get("status").asInt()).as(what).isEqualTo(c.status());
                assertThat(a.get("message").asString()).as(what).isEqualTo(b.get("message").asString()).isNotBlank();
                assertThat(viaLean.getHeader("Content-Security-Policy")).as(what).isNotNull();
            }
        }
        assertThat(jdbc.sql("SELECT count(*) FROM pledge WHERE member_id = ?").param(donor.uuid()).query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void whatTheLeanLaneDoesNotTakeTheFullStackAnswers() throws Exception {
        String body = "{\"method\":\"BANK_TRANSFER\",\"amount\":\"10\"}";
        UUID id = campaign.id().value();
        double before = leanCalls();
        // an unknown token: the security chain's 401, in the reader's language
        MockHttpServletResponse badToken = send(lean, pledge(id, GivingFixtures.key(), body, "en", "tkt_not-a-token"));
        assertThat(badToken.getStatus()).isEqualTo(401);
        assertThat(badToken.getHeader("WWW-Authenticate")).isEqualTo("Bearer");
        // another content type: Spring MVC's 415
        MockHttpServletResponse text = send(lean, post("/api/v1/campaigns/{id}/pledges", id)
                .header("Authorization", "Bearer " + token).header("Idempotency-Key", GivingFixtures.key())
                .contentType(MediaType.TEXT_PLAIN).content(body));
        assertThat(text.getStatus()).isEqualTo(415);
        // a moderator's call goes through the full stack's rules, and is a pledge like any other
        MemberId moderator = accounts.createVerified(TestData.email("lanes-moderator"), TestData.PASSWORD, "مشرفة", "عمّان",
                null, Locale.forLanguageTag("ar"), Role.MODERATOR);
        String moderatorToken = tokens.create(moderator, "lanes").secret();
        MockHttpServletResponse byModerator = send(lean, pledge(id, GivingFixtures.key(), body, "ar", moderatorToken));
        assertThat(byModerator.getStatus()).isEqualTo(201);
        assertThat(jdbc.sql("SELECT count(*) FROM pledge WHERE member_id = ?").param(moderator.value()).query(Long.class).single())
                .isEqualTo(1);
        assertThat(leanCalls()).as("none of these took the lean lane").isEqualTo(before);
    }
}
