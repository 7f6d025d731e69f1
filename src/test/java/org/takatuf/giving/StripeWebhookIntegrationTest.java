package org.takatuf.giving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.takatuf.campaigns.Campaign;
import org.takatuf.core.Money;
import org.takatuf.giving.internal.Giving;
import org.takatuf.giving.internal.PledgeMethod;
import org.takatuf.giving.internal.PledgeRequest;
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
 * A card pledge completed through Stripe's webhook, with payloads signed here with the test secret (no
 * network): signature and timestamp checks, de-duplication of event ids, events out of order.
 */
@IntegrationTest
class StripeWebhookIntegrationTest {

    static final String SECRET = "whsec_test_takatuf";

    @Autowired
    MockMvc mvc;
    @Autowired
    GivingFixtures fixtures;
    @Autowired
    Giving giving;
    @Autowired
    Pledges pledges;
    @Autowired
    Ledger ledger;

    record Setup(Campaign campaign, UUID pledge) {
    }

    Setup cardPledge(String amount) {
        CurrentMember organiser = fixtures.member("منظّم");
        Organisation org = fixtures.verifiedOrganisation(organiser);
        Campaign campaign = fixtures.fundraising(organiser, org, "10000");
        CurrentMember donor = fixtures.member("متبرع بالبطاقة");
        UUID pledge = giving.pledge(donor.id(), GivingFixtures.key(), new PledgeRequest(campaign.id().value(), PledgeMethod.CARD,
                amount, null, null, false, null, null)).pledgeId();
        return new Setup(campaign, pledge);
    }

    static String event(String id, String type, UUID pledge, long amount) {
        String object = switch (type) {
            case "charge.refunded" -> "{\"id\":\"ch_1\",\"object\":\"charge\",\"amount_refunded\":" + amount
                    + ",\"metadata\":{\"pledge_id\":\"" + pledge + "\"}}";
            default -> "{\"id\":\"cs_test_1\",\"object\":\"checkout.session\",\"client_reference_id\":\"" + pledge
                    + "\",\"payment_status\":\"paid\",\"amount_total\":" + amount + ",\"metadata\":{\"pledge_id\":\"" + pledge + "\"}}";
        };
        return "{\"id\":\"" + id + "\",\"object\":\"event\",\"type\":\"" + type + "\",\"created\":" + Instant.now().getEpochSecond()
                + ",\"data\":{\"object\":" + object + "}}";
    }

    MvcResult deliver(String payload, long timestamp, String secret) throws Exception {
        String header = "t=" + timestamp + ",v1=" + StripeWebhooks.sign(secret, timestamp, payload);
        return mvc.perform(post("/api/v1/payments/stripe/webhook").header("Stripe-Signature", header)
                .contentType(MediaType.APPLICATION_JSON).content(payload)).andReturn();
    }

    MvcResult deliver(String payload) throws Exception {
        return deliver(payload, Instant.now().getEpochSecond(), SECRET);
    }

    Statement statement(Setup s) {
        return ledger.campaignStatement(s.campaign().id().value(), s.campaign().currency());
    }

    @Test
    void aSignedCompletedEventConfirmsTheCardPledgeOnceEvenWhenDeliveredTwice() throws Exception {
        Setup s = cardPledge("80");
        String payload = event("evt_" + UUID.randomUUID(), "checkout.session.completed", s.pledge(), 8000);
        MvcResult first = deliver(payload);
        assertThat(first.getResponse().getStatus()).isEqualTo(200);
        assertThat(first.getResponse().getContentAsString()).contains("PROCESSED");
        assertThat(pledges.find(s.pledge()).orElseThrow().status()).isEqualTo(PledgeStatus.CONFIRMED);
        assertThat(deliver(payload).getResponse().getContentAsString()).contains("DUPLICATE");
        assertThat(statement(s).moneyIn()).isEqualTo(Money.of("80", "SAR"));
        assertThat(statement(s).lines()).hasSize(1);
    }

    @Test
    void aWrongSignatureAStaleTimestampOrNoSignatureIsRefusedAndChangesNothing() throws Exception {
        Setup s = cardPledge("15");
        String payload = event("evt_" + UUID.randomUUID(), "checkout.session.completed", s.pledge(), 1500);
        assertThat(deliver(payload, Instant.now().getEpochSecond(), "whsec_someone_else").getResponse().getStatus()).isEqualTo(400);
        assertThat(deliver(payload, Instant.now().getEpochSecond() - 301, SECRET).getResponse().getStatus()).isEqualTo(400);
        assertThat(deliver(payload, Instant.now().getEpochSecond() + 301, SECRET).getResponse().getStatus()).isEqualTo(400);
        String tampered = payload.replace("1500", "150000");
        long t = Instant.now().getEpochSecond();
        assertThat(mvc.perform(post("/api/v1/payments/stripe/webhook")
                .header("Stripe-Signature", "t=" + t + ",v1=" + StripeWebhooks.sign(SECRET, t, payload))
                .contentType(MediaType.APPLICATION_JSON).content(tampered)).andReturn().getResponse().getStatus()).isEqualTo(400);
        assertThat(mvc.perform(post("/api/v1/payments/stripe/webhook").contentType(MediaType.APPLICATION_JSON).content(payload))
                .andReturn().getResponse().getStatus()).isEqualTo(400);
        assertThat(pledges.find(s.pledge()).orElseThrow().status()).isEqualTo(PledgeStatus.PLEDGED);
        // the signature within tolerance, with a second (rotated) v1 among them, is accepted
        long now = Instant.now().getEpochSecond() - 200;
        String header = "t=" + now + ",v1=" + StripeWebhooks.sign("whsec_old", now, payload) + ",v1=" + StripeWebhooks.sign(SECRET, now, payload);
        assertThat(mvc.perform(post("/api/v1/payments/stripe/webhook").header("Stripe-Signature", header)
                .contentType(MediaType.APPLICATION_JSON).content(payload)).andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(pledges.find(s.pledge()).orElseThrow().status()).isEqualTo(PledgeStatus.CONFIRMED);
    }

    @Test
    void eventsOutOfOrderEndInTheStateTheyMean() throws Exception {
        Setup s = cardPledge("40");
        // the refund arrives before the payment it refunds
        assertThat(deliver(event("evt_" + UUID.randomUUID(), "charge.refunded", s.pledge(), 4000)).getResponse().getStatus())
                .isEqualTo(200);
        assertThat(pledges.find(s.pledge()).orElseThrow().status()).isEqualTo(PledgeStatus.PLEDGED);
        deliver(event("evt_" + UUID.randomUUID(), "checkout.session.completed", s.pledge(), 4000));
        assertThat(pledges.find(s.pledge()).orElseThrow().status()).isEqualTo(PledgeStatus.REFUNDED);
        Statement statement = statement(s);
        assertThat(statement.lines()).extracting(Statement.Line::kind).containsExactlyInAnyOrder(GroupKind.DONATION, GroupKind.REFUND);
        assertThat(statement.balance()).isEqualTo(Money.of("0", "SAR"));
        assertThat(statement.reconciles()).isTrue();

        // an expiry that arrives after the payment does not undo it
        Setup paid = cardPledge("25");
        deliver(event("evt_" + UUID.randomUUID(), "checkout.session.completed", paid.pledge(), 2500));
        deliver(event("evt_" + UUID.randomUUID(), "checkout.session.expired", paid.pledge(), 0));
        assertThat(pledges.find(paid.pledge()).orElseThrow().status()).isEqualTo(PledgeStatus.CONFIRMED);
        // an expiry alone expires the card pledge
        Setup abandoned = cardPledge("10");
        deliver(event("evt_" + UUID.randomUUID(), "checkout.session.expired", abandoned.pledge(), 0));
        assertThat(pledges.find(abandoned.pledge()).orElseThrow().status()).isEqualTo(PledgeStatus.EXPIRED);
        assertThat(ledger.checkIntegrity()).isEmpty();
    }
}
