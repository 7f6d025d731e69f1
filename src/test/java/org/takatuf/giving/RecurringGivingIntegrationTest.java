package org.takatuf.giving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.takatuf.campaigns.Campaign;
import org.takatuf.core.Money;
import org.takatuf.giving.internal.Pledge;
import org.takatuf.giving.internal.PledgeMethod;
import org.takatuf.giving.internal.PledgeStatus;
import org.takatuf.giving.internal.Pledges;
import org.takatuf.giving.internal.RecurringGifts;
import org.takatuf.giving.internal.StripeWebhooks;
import org.takatuf.identity.CurrentMember;
import org.takatuf.identity.Organisation;
import org.takatuf.ledger.Ledger;
import org.takatuf.platform.MailCatcher;
import org.takatuf.support.IntegrationTest;
import org.takatuf.volunteering.MutableClock;
import org.takatuf.volunteering.VolunteeringTestConfiguration;

/**
 * Monthly giving: a bank-transfer gift's month is pledged and mailed exactly once however often the job
 * runs; a stopped gift sends nothing; a card gift's paid invoice makes one confirmed pledge even when
 * delivered twice.
 */
@IntegrationTest
@Import(VolunteeringTestConfiguration.class) // shares the context (and its movable clock) with the volunteering tests
class RecurringGivingIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    GivingFixtures fixtures;
    @Autowired
    Pledges pledges;
    @Autowired
    RecurringGifts recurring;
    @Autowired
    Ledger ledger;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MailCatcher mail;
    @Autowired
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    record Setup(Campaign campaign, CurrentMember donor) {
    }

    Setup setup() {
        CurrentMember organiser = fixtures.member("منظّم شهري");
        Organisation org = fixtures.verifiedOrganisation(organiser);
        return new Setup(fixtures.fundraising(organiser, org, "50000"), fixtures.member("متبرّع شهري"));
    }

    MvcResult monthly(Setup s, String method, String amount) throws Exception {
        return mvc.perform(post("/campaigns/{id}/pledges", s.campaign().id().value()).with(user(s.donor())).with(csrf())
                .param("key", GivingFixtures.key()).param("method", method).param("amount", amount).param("monthly", "true")).andReturn();
    }

    List<MailCatcher.CaughtMail> monthlyMails(Setup s) {
        return mail.messagesTo(s.donor().email()).stream().filter(m -> m.subject().startsWith("تبرّعك الشهري")).toList();
    }

    @Test
    void aBankTransferMonthIsPledgedAndMailedOnceEvenWhenTheJobRunsTwice() throws Exception {
        Setup s = setup();
        MvcResult first = monthly(s, "BANK_TRANSFER", "75");
        assertThat(first.getResponse().getRedirectedUrl()).startsWith("/pledges/");
        assertThat(pledges.ofMember(s.donor().uuid())).hasSize(1);
        recurring.remindMonthly();
        assertThat(monthlyMails(s)).isEmpty(); // this month's pledge is the one just made

        clock.advance(Duration.ofDays(32));
        recurring.remindMonthly();
        recurring.remindMonthly();
        assertThat(monthlyMails(s)).hasSize(1);
        List<Pledge> mine = pledges.ofMember(s.donor().uuid());
        assertThat(mine).hasSize(2);
        assertThat(mine).extracting(Pledge::reference).doesNotHaveDuplicates();
        assertThat(monthlyMails(s).getFirst().subject()).contains(mine.getFirst().reference());
        assertThat(mine).allMatch(p -> p.status() == PledgeStatus.PLEDGED && p.method() == PledgeMethod.BANK_TRANSFER);

        String page = mvc.perform(get("/me/giving").with(user(s.donor())).header("Accept-Language", "en")).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains(s.campaign().title()).contains("Active").contains(mine.getFirst().reference());
    }

    @Test
    void aStoppedGiftSendsNothing() throws Exception {
        Setup s = setup();
        monthly(s, "BANK_TRANSFER", "30");
        UUID gift = recurring.ofMember(s.donor().id()).getFirst().id();
        CurrentMember stranger = fixtures.member("غريب");
        assertThat(mvc.perform(post("/me/giving/recurring/{id}/cancel", gift).with(user(stranger)).with(csrf())).andReturn()
                .getResponse().getStatus()).isEqualTo(404);
        assertThat(recurring.find(gift).orElseThrow().active()).isTrue();
        MvcResult cancelled = mvc.perform(post("/me/giving/recurring/{id}/cancel", gift).with(user(s.donor())).with(csrf())).andReturn();
        assertThat(cancelled.getResponse().getRedirectedUrl()).isEqualTo("/me/giving?cancelled");
        assertThat(recurring.find(gift).orElseThrow().active()).isFalse();
        clock.advance(Duration.ofDays(32));
        recurring.remindMonthly();
        assertThat(monthlyMails(s)).isEmpty();
        assertThat(pledges.ofMember(s.donor().uuid())).hasSize(1);
    }

    @Test
    void aCardGiftIsASubscriptionAndTheSameInvoicePaidTwiceMakesOnePledge() throws Exception {
        Setup s = setup();
        String checkout = monthly(s, "CARD", "40").getResponse().getRedirectedUrl();
        assertThat(checkout).startsWith("/payments/simulated/checkout/");
        mvc.perform(post(checkout + "/pay").with(user(s.donor())).with(csrf())).andReturn();
        assertThat(pledges.ofMember(s.donor().uuid())).hasSize(1).allMatch(p -> p.status() == PledgeStatus.CONFIRMED);
        UUID gift = recurring.ofMember(s.donor().id()).getFirst().id();
        String subscription = jdbc.sql("SELECT subscription_id FROM recurring_gift WHERE id = ?").param(gift).query(String.class).single();
        assertThat(subscription).startsWith("sub_sim_");

        String invoice = "in_test_" + UUID.randomUUID().toString().replace("-", "");
        for (int i = 0; i < 2; i++) { // two deliveries (two event ids) of the same paid invoice
            String payload = "{\"id\":\"evt_" + UUID.randomUUID() + "\",\"object\":\"event\",\"type\":\"invoice.paid\",\"created\":"
                    + Instant.now().getEpochSecond() + ",\"data\":{\"object\":{\"id\":\"" + invoice + "\",\"object\":\"invoice\","
                    + "\"subscription\":\"" + subscription + "\",\"billing_reason\":\"subscription_cycle\",\"amount_paid\":4000}}}";
            long t = Instant.now().getEpochSecond();
            assertThat(mvc.perform(post("/api/v1/payments/stripe/webhook")
                    .header("Stripe-Signature", "t=" + t + ",v1=" + StripeWebhooks.sign(StripeWebhookIntegrationTest.SECRET, t, payload))
                    .contentType(MediaType.APPLICATION_JSON).content(payload)).andReturn().getResponse().getStatus()).isEqualTo(200);
        }
        List<Pledge> mine = pledges.ofMember(s.donor().uuid());
        assertThat(mine).hasSize(2).allMatch(p -> p.status() == PledgeStatus.CONFIRMED && p.method() == PledgeMethod.CARD);
        assertThat(ledger.campaignStatement(s.campaign().id().value(), s.campaign().currency()).moneyIn()).isEqualTo(Money.of("80", "SAR"));
        assertThat(ledger.checkIntegrity()).isEmpty();
    }

    @Test
    void aLaterMonthsChargeFeeIsPostedOnceWhetherItComesBeforeOrAfterItsInvoice() throws Exception {
        Setup s = setup();
        String checkout = monthly(s, "CARD", "40").getResponse().getRedirectedUrl();
        mvc.perform(post(checkout + "/pay").with(user(s.donor())).with(csrf())).andReturn();
        UUID gift = recurring.ofMember(s.donor().id()).getFirst().id();
        String subscription = jdbc.sql("SELECT subscription_id FROM recurring_gift WHERE id = ?").param(gift).query(String.class).single();
        Money feesBefore = ledger.campaignStatement(s.campaign().id().value(), s.campaign().currency()).fees();

        // month 2: the charge (with its fee) arrives before the invoice; the invoice names its intent the old way
        String intent2 = "pi_test_" + UUID.randomUUID().toString().replace("-", "");
        assertThat(deliver(charge(intent2, 141))).contains("IGNORED");
        assertThat(deliver(invoicePaid(subscription, "\"payment_intent\":\"" + intent2 + "\""))).contains("PROCESSED");
        // month 3: the invoice names its intent the 2025 way (payments.data[].payment), the charge comes after it, twice
        String intent3 = "pi_test_" + UUID.randomUUID().toString().replace("-", "");
        assertThat(deliver(invoicePaid(subscription,
                "\"payments\":{\"object\":\"list\",\"data\":[{\"payment\":{\"type\":\"payment_intent\",\"payment_intent\":\"" + intent3 + "\"}}]}")))
                .contains("PROCESSED");
        String charge3 = charge(intent3, 159);
        assertThat(deliver(charge3)).contains("PROCESSED");
        assertThat(deliver(charge3)).contains("DUPLICATE");
        assertThat(deliver(charge(intent3, 159))).contains("PROCESSED"); // another event id for the same charge: still one fee

        assertThat(pledges.ofMember(s.donor().uuid())).hasSize(3).allMatch(p -> p.status() == PledgeStatus.CONFIRMED);
        var statement = ledger.campaignStatement(s.campaign().id().value(), s.campaign().currency());
        assertThat(statement.moneyIn()).isEqualTo(Money.of("120", "SAR"));
        assertThat(statement.fees()).isEqualTo(feesBefore.plus(Money.of("3.00", "SAR")));
        assertThat(ledger.checkIntegrity()).isEmpty();
    }

    static String charge(String intent, long fee) {
        return "{\"id\":\"evt_" + UUID.randomUUID() + "\",\"object\":\"event\",\"type\":\"charge.succeeded\",\"created\":"
                + Instant.now().getEpochSecond() + ",\"data\":{\"object\":{\"id\":\"ch_" + intent + "\",\"object\":\"charge\",\"amount\":4000,"
                + "\"payment_intent\":\"" + intent + "\",\"balance_transaction\":{\"id\":\"txn_" + intent + "\",\"fee\":" + fee + "}}}}";
    }

    static String invoicePaid(String subscription, String paymentField) {
        return "{\"id\":\"evt_" + UUID.randomUUID() + "\",\"object\":\"event\",\"type\":\"invoice.paid\",\"created\":"
                + Instant.now().getEpochSecond() + ",\"data\":{\"object\":{\"id\":\"in_test_" + UUID.randomUUID().toString().replace("-", "")
                + "\",\"object\":\"invoice\",\"subscription\":\"" + subscription + "\",\"billing_reason\":\"subscription_cycle\","
                + "\"amount_paid\":4000," + paymentField + "}}}";
    }

    String deliver(String payload) throws Exception {
        long t = Instant.now().getEpochSecond();
        return mvc.perform(post("/api/v1/payments/stripe/webhook")
                .header("Stripe-Signature", "t=" + t + ",v1=" + StripeWebhooks.sign(StripeWebhookIntegrationTest.SECRET, t, payload))
                .contentType(MediaType.APPLICATION_JSON).content(payload)).andReturn().getResponse().getContentAsString();
    }
}
