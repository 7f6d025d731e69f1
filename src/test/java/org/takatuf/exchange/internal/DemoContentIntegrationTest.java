package org.takatuf.exchange.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.takatuf.identity.AccountProvisioning;
import org.takatuf.identity.Members;
import org.takatuf.support.IntegrationTest;

/** The exchange's demo content (normally written on the embedded default's first start), written here through its services. */
@IntegrationTest
class DemoContentIntegrationTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    Members members;
    @Autowired
    AccountProvisioning accounts;
    @Autowired
    Boards boards;
    @Autowired
    ListingManagement listings;
    @Autowired
    Handovers handovers;
    @Autowired
    MockMvc mvc;

    @Test
    void aLibanTrocBoardWithOffersAsksAJobAndSixCompletedHandOvers() throws Exception {
        Boards.Board board = new ExchangeDemoData(jdbc, members, accounts, boards, listings, handovers).seed();
        assertThat(board.name()).startsWith("LibanTroc");
        assertThat(boards.bySlug(board.slug()).orElseThrow().members()).isEqualTo(12);
        assertThat(listings.list(new ListingManagement.Filter(null, null, null, null, board.id(), null, 0), null))
                .extracting(Listing::getKind).contains(ListingKind.OFFER_THING, ListingKind.ASK_THING, ListingKind.OFFER_SERVICE,
                        ListingKind.ASK_SERVICE, ListingKind.JOB);
        assertThat(handovers.impactOfBoard(board.id())).isEqualTo(new Handovers.Impact(6, 6));
        mvc.perform(get("/exchange/boards/{slug}", board.slug())).andExpect(status().isOk())
                .andExpect(content().string(containsString("أحتاج سرير أطفال لمولود جديد")))
                .andExpect(content().string(containsString("عائلات تلقّت المساعدة")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("أقل من"))));
    }
}
