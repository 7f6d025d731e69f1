package org.takatuf.campaigns.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.takatuf.campaigns.Campaign;
import org.takatuf.giving.GivingFixtures;
import org.takatuf.giving.internal.Giving;
import org.takatuf.giving.internal.PledgeMethod;
import org.takatuf.giving.internal.PledgeRequest;
import org.takatuf.identity.CurrentMember;
import org.takatuf.identity.Organisation;
import org.takatuf.support.IntegrationTest;

/** The campaign page's live progress: an open stream gets the figures at once and again when a pledge moves them. */
@IntegrationTest
class CampaignLiveIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    GivingFixtures fixtures;
    @Autowired
    Giving giving;
    @Autowired
    CampaignLive live;

    @Test
    void anOpenPageIsToldOfANewPledgeInItsLanguage() throws Exception {
        CurrentMember organiser = fixtures.member("منظّم");
        Organisation org = fixtures.verifiedOrganisation(organiser);
        Campaign campaign = fixtures.fundraising(organiser, org, "1000");
        MvcResult stream = mvc.perform(get("/campaigns/{id}/live", campaign.id().value()).header("Accept-Language", "ar"))
                .andExpect(request().asyncStarted()).andReturn();
        assertThat(stream.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).contains("event:progress").contains("لا متبرعين بعد");

        giving.pledge(fixtures.member("متبرع").id(), GivingFixtures.key(), new PledgeRequest(campaign.id().value(),
                PledgeMethod.BANK_TRANSFER, "250", null, null, false, null, null));
        live.broadcast();
        assertThat(stream.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).contains("متبرع واحد").contains("\"percent\":25");

        assertThat(mvc.perform(get("/campaigns/{id}/live", UUID.randomUUID())).andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    /** An open stream would hold the web server's graceful shutdown for its whole timeout: stopping ends it. */
    @Test
    void stoppingTheApplicationEndsTheOpenStreams() throws Exception {
        CurrentMember organiser = fixtures.member("منظّم");
        Campaign campaign = fixtures.fundraising(organiser, fixtures.verifiedOrganisation(organiser), "1000");
        MvcResult stream = mvc.perform(get("/campaigns/{id}/live", campaign.id().value()))
                .andExpect(request().asyncStarted()).andReturn();
        assertThat(stream.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).contains("event:progress");

        live.endStreams(); // what the context's closing does; the shared test context itself stays open
        // the request's async part is done (a generous bound so that a stream left open fails instead of hanging)
        stream.getAsyncResult(60_000);
        // and the stream is forgotten: a broadcast would otherwise send it the figures again (its campaign was never
        // broadcast, so the first broadcast always sends)
        String ended = stream.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        live.broadcast();
        assertThat(stream.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(ended);
    }
}
