package org.takatuf.giving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.takatuf.campaigns.Campaign;
import org.takatuf.campaigns.CampaignManagement;
import org.takatuf.campaigns.Progress;
import org.takatuf.campaigns.ProgressSource;
import org.takatuf.giving.internal.Giving;
import org.takatuf.giving.internal.IdempotencyKeyReusedException;
import org.takatuf.giving.internal.PledgeMethod;
import org.takatuf.giving.internal.PledgeRequest;
import org.takatuf.identity.ApiTokenManagement;
import org.takatuf.identity.CurrentMember;
import org.takatuf.identity.Organisation;
import org.takatuf.support.IntegrationTest;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Pledges through the API with a real bearer token on PostgreSQL: the idempotency contract (replay,
 * 422 for another body, one pledge for concurrent retries, the lost-response case) and the live counter.
 */
@IntegrationTest
class PledgeApiIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    GivingFixtures fixtures;
    @Autowired
    ApiTokenManagement tokens;
    @Autowired
    Giving giving;
    @Autowired
    ProgressSource progress;
    @Autowired
    CampaignManagement campaigns;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JsonMapper json;

    record Setup(Campaign campaign, CurrentMember donor, String token) {
    }

    Setup setup() {
        CurrentMember organiser = fixtures.member("منظمة الحملة");
        Organisation org = fixtures.verifiedOrganisation(organiser);
        Campaign campaign = fixtures.fundraising(organiser, org, "10000");
        CurrentMember donor = fixtures.member("متبرع");
        return new Setup(campaign, donor, tokens.create(donor.id(), "bench").secret());
    }

    MvcResult postPledge(Setup s, String key, String body, String language) throws Exception {
        var request = post("/api/v1/campaigns/{id}/pledges", s.campaign().id().value())
                .header("Authorization", "Bearer " + s.token()).header("Accept-Language", language)
                .contentType(MediaType.APPLICATION_JSON).content(body);
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return mvc.perform(request).andReturn();
    }

    long pledgesWithKey(CurrentMember donor, String key) {
        return jdbc.sql("SELECT count(*) FROM pledge WHERE member_id = ? AND idempotency_key = ?").params(donor.uuid(), key)
                .query(Long.class).single();
    }

    @Test
    void aBankTransferPledgeGetsAReferenceAndTheBankInstructionsAndAReplayGetsTheSameAnswer() throws Exception {
        Setup s = setup();
        String key = GivingFixtures.key();
        String body = "{\"method\":\"BANK_TRANSFER\",\"amount\":\"250.50\",\"message\":\"الله يعينكم\"}";
        MvcResult first = postPledge(s, key, body, "ar");
        assertThat(first.getResponse().getStatus()).isEqualTo(201);
        JsonNode answer = json.readTree(first.getResponse().getContentAsString());
        assertThat(answer.get("reference").asString()).matches("TK-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}");
        assertThat(answer.get("bank").get("iban").asString()).isEqualTo(GivingFixtures.IBAN);
        assertThat(answer.get("bank").get("transferReference").asString()).isEqualTo(answer.get("reference").asString());
        assertThat(answer.get("amount").decimalValue()).isEqualByComparingTo("250.50");
        assertThat(answer.get("status").asString()).isEqualTo("PLEDGED");

        MvcResult replay = postPledge(s, key, body, "ar");
        assertThat(replay.getResponse().getStatus()).isEqualTo(201);
        assertThat(replay.getResponse().getHeader("Idempotent-Replayed")).isEqualTo("true");
        assertThat(replay.getResponse().getContentAsString()).isEqualTo(first.getResponse().getContentAsString());
        assertThat(pledgesWithKey(s.donor(), key)).isEqualTo(1);

        MvcResult other = postPledge(s, key, body.replace("250.50", "300"), "en");
        assertThat(other.getResponse().getStatus()).isEqualTo(422);
        assertThat(other.getResponse().getContentAsString()).contains("This Idempotency-Key was used for another request.");
        assertThat(pledgesWithKey(s.donor(), key)).isEqualTo(1);
    }

    @Test
    void badInputIsALocalised4xxAndStoresNothing() throws Exception {
        Setup s = setup();
        MvcResult noKey = postPledge(s, null, "{\"method\":\"BANK_TRANSFER\",\"amount\":\"10\"}", "ar");
        assertThat(noKey.getResponse().getStatus()).isEqualTo(400);
        assertThat(noKey.getResponse().getContentAsString()).contains("ينقص مفتاح عدم التكرار");
        MvcResult badAmount = postPledge(s, GivingFixtures.key(), "{\"method\":\"BANK_TRANSFER\",\"amount\":\"ten\"}", "en");
        assertThat(badAmount.getResponse().getStatus()).isEqualTo(400);
        MvcResult negative = postPledge(s, GivingFixtures.key(), "{\"method\":\"BANK_TRANSFER\",\"amount\":\"-5\"}", "en");
        assertThat(negative.getResponse().getStatus()).isEqualTo(400);
        assertThat(negative.getResponse().getContentAsString()).contains("The amount must be more than zero.");
        MvcResult goodsOnFundraising = postPledge(s, GivingFixtures.key(),
                "{\"method\":\"GOODS\",\"itemId\":\"" + UUID.randomUUID() + "\",\"quantity\":1}", "en");
        assertThat(goodsOnFundraising.getResponse().getStatus()).isEqualTo(400);
        MvcResult malformed = postPledge(s, GivingFixtures.key(), "{\"method\":", "en");
        assertThat(malformed.getResponse().getStatus()).isEqualTo(400);
        MvcResult unknownCampaign = mvc.perform(post("/api/v1/campaigns/{id}/pledges", UUID.randomUUID())
                .header("Authorization", "Bearer " + s.token()).header("Idempotency-Key", "k1")
                .contentType(MediaType.APPLICATION_JSON).content("{\"method\":\"CASH\",\"amount\":\"5\"}")).andReturn();
        assertThat(unknownCampaign.getResponse().getStatus()).isEqualTo(404);
        assertThat(jdbc.sql("SELECT count(*) FROM pledge WHERE member_id = ?").param(s.donor().uuid()).query(Long.class).single())
                .isZero();
        MvcResult anonymous = mvc.perform(post("/api/v1/campaigns/{id}/pledges", s.campaign().id().value())
                .header("Idempotency-Key", "k2").contentType(MediaType.APPLICATION_JSON).content("{}")).andReturn();
        assertThat(anonymous.getResponse().getStatus()).isIn(401, 403);
    }

    @Test
    void theLostResponseCaseCommitsOnceAndTheRetryGetsTheStoredAnswer() throws Exception {
        Setup s = setup();
        String key = GivingFixtures.key();
        PledgeRequest request = new PledgeRequest(s.campaign().id().value(), PledgeMethod.BANK_TRANSFER, "75", null, null,
                false, null, null);
        // the pledge commits; its answer is dropped on the way (the client never sees it)
        UUID committed = giving.pledge(s.donor().id(), key, request).pledgeId();
        assertThat(pledgesWithKey(s.donor(), key)).isEqualTo(1);
        // the client retries the same request with the same key through HTTP
        MvcResult retry = postPledge(s, key, "{\"method\":\"BANK_TRANSFER\",\"amount\":\"75\"}", "ar");
        assertThat(retry.getResponse().getStatus()).isEqualTo(201);
        assertThat(retry.getResponse().getHeader("Idempotent-Replayed")).isEqualTo("true");
        assertThat(json.readTree(retry.getResponse().getContentAsString()).get("id").asString()).isEqualTo(committed.toString());
        assertThat(pledgesWithKey(s.donor(), key)).isEqualTo(1);
    }

    @Test
    void concurrentRetriesOfOneKeyMakeOnePledgeAndDifferentKeysAreAllCounted() throws Exception {
        Setup s = setup();
        String key = GivingFixtures.key();
        PledgeRequest request = new PledgeRequest(s.campaign().id().value(), PledgeMethod.BANK_TRANSFER, "10", null, null,
                false, null, null);
        List<Callable<UUID>> same = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            same.add(() -> giving.pledge(s.donor().id(), key, request).pledgeId());
        }
        List<Callable<UUID>> different = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            different.add(() -> giving.pledge(s.donor().id(), GivingFixtures.key(), request).pledgeId());
        }
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<UUID>> sameResults = pool.invokeAll(same);
            List<Future<UUID>> differentResults = pool.invokeAll(different);
            UUID first = sameResults.getFirst().get();
            for (Future<UUID> f : sameResults) {
                assertThat(f.get()).isEqualTo(first);
            }
            assertThat(differentResults.stream().map(f -> {
                try {
                    return f.get();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }).distinct()).hasSize(40);
        }
        assertThat(pledgesWithKey(s.donor(), key)).isEqualTo(1);
        Progress p = progress.progress(List.of(s.campaign())).get(s.campaign().id());
        assertThat(p.pledges()).isEqualTo(41);
        assertThat(p.pledged().minorUnits()).isEqualTo(41 * 1000);
        assertThat(p.donors()).isEqualTo(1);
        long stored = jdbc.sql("SELECT coalesce(sum(amount_minor), 0) FROM pledge WHERE campaign_id = ?")
                .param(s.campaign().id().value()).query(Long.class).single();
        assertThat(stored).isEqualTo(p.pledged().minorUnits());
    }

    @Test
    void theSameKeyWithAnotherRequestIsRefusedByTheService() {
        Setup s = setup();
        String key = GivingFixtures.key();
        giving.pledge(s.donor().id(), key, new PledgeRequest(s.campaign().id().value(), PledgeMethod.CASH, "10", null, null,
                false, null, null));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> giving.pledge(s.donor().id(), key,
                        new PledgeRequest(s.campaign().id().value(), PledgeMethod.CASH, "10", null, null, true, null, null)))
                .isInstanceOf(IdempotencyKeyReusedException.class);
        // the key belongs to its member: another member may use the same string
        CurrentMember other = fixtures.member("متبرعة أخرى");
        assertThat(giving.pledge(other.id(), key, new PledgeRequest(s.campaign().id().value(), PledgeMethod.CASH, "10", null,
                null, false, null, null)).replayed()).isFalse();
    }

    @Autowired
    org.takatuf.giving.internal.RecurringGifts recurring;

    @Test
    void aMonthlyGiftStartsThroughTheApiOnceHoweverOftenItIsSent() throws Exception {
        Setup s = setup();
        String key = GivingFixtures.key();
        String body = "{\"method\":\"BANK_TRANSFER\",\"amount\":\"40\",\"monthly\":true}";
        MvcResult first = postPledge(s, key, body, "ar");
        assertThat(first.getResponse().getStatus()).isEqualTo(201);
        String gift = first.getResponse().getHeader("Recurring-Gift");
        assertThat(gift).isNotBlank();
        JsonNode answer = json.readTree(first.getResponse().getContentAsString());
        assertThat(answer.get("status").asString()).isEqualTo("PLEDGED");
        assertThat(answer.get("bank").get("transferReference").asString()).isEqualTo(answer.get("reference").asString());

        MvcResult replay = postPledge(s, key, body, "ar");
        assertThat(replay.getResponse().getStatus()).isEqualTo(201);
        assertThat(replay.getResponse().getHeader("Idempotent-Replayed")).isEqualTo("true");
        assertThat(replay.getResponse().getHeader("Recurring-Gift")).isEqualTo(gift);
        assertThat(replay.getResponse().getContentAsString()).isEqualTo(first.getResponse().getContentAsString());
        assertThat(recurring.ofMember(s.donor().id())).singleElement().satisfies(g -> {
            assertThat(g.id()).hasToString(gift);
            assertThat(g.active()).isTrue();
        });
        assertThat(postPledge(s, key, body.replace("40", "45"), "en").getResponse().getStatus()).isEqualTo(422);

        MvcResult goods = postPledge(s, GivingFixtures.key(), "{\"method\":\"CASH\",\"amount\":\"10\",\"monthly\":true}", "en");
        assertThat(goods.getResponse().getStatus()).isEqualTo(400);
        assertThat(recurring.ofMember(s.donor().id())).hasSize(1);
        assertThat(jdbc.sql("SELECT count(*) FROM pledge WHERE member_id = ?").param(s.donor().uuid()).query(Long.class).single())
                .isEqualTo(1);
    }
}
