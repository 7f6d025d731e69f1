package org.takatuf.giving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.takatuf.campaigns.Campaign;
import org.takatuf.core.Money;
import org.takatuf.giving.internal.PledgeStatus;
import org.takatuf.giving.internal.Pledges;
import org.takatuf.giving.internal.StripeWebhooks;
import org.takatuf.identity.CurrentMember;
import org.takatuf.identity.Organisation;
import org.takatuf.ledger.GroupKind;
import org.takatuf.ledger.Ledger;
import org.takatuf.ledger.Statement;
import org.takatuf.support.IntegrationTest;

/**
 * Card giving through the simulated gateway adapter (no Stripe key in the tests): the form makes the pledge
 * and sends the donor to the checkout page; "pay" runs signed events through the webhook code, which confirms
 * the pledge and posts the gateway fee (2.9 % by default) as its own FEE group.
 */
@IntegrationTest
class CardCheckoutIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    GivingFixtures fixtures;
    @Autowired
    Pledges pledges;
    @Autowired
    Ledger ledger;
    @Autowired
    JdbcClient jdbc;

    record Setup(Campaign campaign, CurrentMember donor) {
    }

    Setup campaign() {
        CurrentMember organiser = fixtures.member("منظّمة");
        Organisation org = fixtures.verifiedOrganisation(organiser);
        return new Setup(fixtures.fundraising(organiser, org, "10000"), fixtures.member("متبرّعة بالبطاقة"));
    }

    MvcResult pledgeByCard(Setup s, String key, String amount) throws Exception {
        return mvc.perform(post("/campaigns/{id}/pledges", s.campaign().id().value()).with(user(s.donor())).with(csrf())
                .param("key", key).param("method", "CARD").param("amount", amount)).andReturn();
    }

    long pledgesOf(Setup s) {
        return jdbc.sql("SELECT count(*) FROM pledge WHERE campaign_id = ?").param(s.campaign().id().value()).query(Long.class).single();
    }

    @Test
    void theFormOffersTheCardAndAPledgeByCardGoesToTheCheckoutOnceEvenWhenSubmittedTwice() throws Exception {
        Setup s = campaign();
        String form = mvc.perform(get("/campaigns/{id}/give", s.campaign().id().value()).with(user(s.donor()))).andReturn()
                .getResponse().getContentAsString();
        assertThat(form).contains("id=\"method-CARD\"");
        String key = GivingFixtures.key();
        MvcResult first = pledgeByCard(s, key, "100");
        assertThat(first.getResponse().getStatus()).isEqualTo(302);
        String checkout = first.getResponse().getRedirectedUrl();
        assertThat(checkout).matches("/payments/simulated/checkout/cs_sim_[0-9a-f]{32}");
        MvcResult again = pledgeByCard(s, key, "100");
        assertThat(again.getResponse().getRedirectedUrl()).isEqualTo(checkout);
        assertThat(pledgesOf(s)).isEqualTo(1);
        UUID pledge = pledges.ofMember(s.donor().uuid()).getFirst().id();
        assertThat(pledges.find(pledge).orElseThrow().status()).isEqualTo(PledgeStatus.PLEDGED);

        // the checkout page is the donor's own
        String page = mvc.perform(get(checkout).with(user(s.donor()))).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"simulated-notice\"").contains("id=\"checkout-fee\"");
        CurrentMember stranger = fixtures.member("غريب");
        assertThat(mvc.perform(get(checkout).with(user(stranger))).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(post(checkout + "/pay").with(user(stranger)).with(csrf())).andReturn().getResponse().getStatus())
                .isEqualTo(404);
        assertThat(pledges.find(pledge).orElseThrow().status()).isEqualTo(PledgeStatus.PLEDGED);

        // cancel: back on Takatuf, the pledge waits, and paying again goes to the same session
        MvcResult cancel = mvc.perform(post(checkout + "/cancel").with(user(s.donor())).with(csrf())).andReturn();
        assertThat(cancel.getResponse().getRedirectedUrl()).isEqualTo("/pledges/" + pledge + "/card/cancel");
        String cancelled = mvc.perform(get(cancel.getResponse().getRedirectedUrl()).with(user(s.donor())).header("Accept-Language", "en"))
                .andReturn().getResponse().getContentAsString();
        assertThat(cancelled).contains("You cancelled the payment.");
        assertThat(mvc.perform(get("/pledges/{id}", pledge).with(user(s.donor()))).andReturn().getResponse().getContentAsString())
                .contains("id=\"card-pay\"");
        assertThat(mvc.perform(post("/pledges/{id}/card/checkout", pledge).with(user(s.donor())).with(csrf())).andReturn()
                .getResponse().getRedirectedUrl()).isEqualTo(checkout);

        // pay: the webhook code confirms it and posts the fee; paying twice changes nothing
        MvcResult paid = mvc.perform(post(checkout + "/pay").with(user(s.donor())).with(csrf())).andReturn();
        assertThat(paid.getResponse().getRedirectedUrl()).isEqualTo("/pledges/" + pledge + "/card/success");
        mvc.perform(post(checkout + "/pay").with(user(s.donor())).with(csrf())).andReturn();
        assertThat(pledges.find(pledge).orElseThrow().status()).isEqualTo(PledgeStatus.CONFIRMED);
        String success = mvc.perform(get("/pledges/{id}/card/success", pledge).with(user(s.donor())).header("Accept-Language", "ar"))
                .andReturn().getResponse().getContentAsString();
        assertThat(success).contains("وصلت دفعتك");
        Statement statement = ledger.campaignStatement(s.campaign().id().value(), s.campaign().currency());
        assertThat(statement.moneyIn()).isEqualTo(Money.of("100", "SAR"));
        assertThat(statement.fees()).isEqualTo(Money.of("2.90", "SAR"));
        assertThat(statement.balance()).isEqualTo(Money.of("97.10", "SAR"));
        assertThat(statement.lines()).extracting(Statement.Line::kind).containsExactlyInAnyOrder(GroupKind.DONATION, GroupKind.FEE);
        assertThat(statement.reconciles()).isTrue();
        assertThat(ledger.checkIntegrity()).isEmpty();
        String transparency = mvc.perform(get("/campaigns/{id}/ledger", s.campaign().id().value()).header("Accept-Language", "en"))
                .andReturn().getResponse().getContentAsString();
        assertThat(transparency).contains("2.90");
    }

    @Test
    void aChargeWithItsFeeThatArrivesBeforeTheCompletionIsMatchedByItsPaymentIntentAndPostedOnce() throws Exception {
        Setup s = campaign();
        String checkout = pledgeByCard(s, GivingFixtures.key(), "50").getResponse().getRedirectedUrl();
        UUID pledge = pledges.ofMember(s.donor().uuid()).getFirst().id();
        String intent = "pi_test_" + UUID.randomUUID().toString().replace("-", "");
        String charge = "{\"id\":\"evt_" + UUID.randomUUID() + "\",\"object\":\"event\",\"type\":\"charge.succeeded\",\"created\":"
                + Instant.now().getEpochSecond() + ",\"data\":{\"object\":{\"id\":\"ch_1\",\"object\":\"charge\",\"amount\":5000,"
                + "\"payment_intent\":\"" + intent + "\",\"balance_transaction\":{\"id\":\"txn_1\",\"fee\":175,\"net\":4825}}}}";
        String completed = "{\"id\":\"evt_" + UUID.randomUUID() + "\",\"object\":\"event\",\"type\":\"checkout.session.completed\","
                + "\"created\":" + Instant.now().getEpochSecond() + ",\"data\":{\"object\":{\"id\":\"" + checkout.substring(checkout.lastIndexOf('/') + 1)
                + "\",\"object\":\"checkout.session\",\"client_reference_id\":\"" + pledge + "\",\"amount_total\":5000,"
                + "\"payment_intent\":\"" + intent + "\"}}}";
        assertThat(deliver(charge)).contains("IGNORED");
        assertThat(deliver(completed)).contains("PROCESSED");
        assertThat(deliver(charge)).contains("DUPLICATE");
        assertThat(pledges.find(pledge).orElseThrow().status()).isEqualTo(PledgeStatus.CONFIRMED);
        Statement statement = ledger.campaignStatement(s.campaign().id().value(), s.campaign().currency());
        assertThat(statement.fees()).isEqualTo(Money.of("1.75", "SAR"));
        assertThat(statement.lines()).extracting(Statement.Line::kind).containsExactlyInAnyOrder(GroupKind.DONATION, GroupKind.FEE);
        assertThat(ledger.checkIntegrity()).isEmpty();
    }

    String deliver(String payload) throws Exception {
        long t = Instant.now().getEpochSecond();
        return mvc.perform(post("/api/v1/payments/stripe/webhook")
                        .header("Stripe-Signature", "t=" + t + ",v1=" + StripeWebhooks.sign(StripeWebhookIntegrationTest.SECRET, t, payload))
                        .contentType(MediaType.APPLICATION_JSON).content(payload)).andReturn().getResponse().getContentAsString();
    }
}
