package org.takatuf.giving.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.takatuf.core.NotFoundException;
import org.takatuf.identity.MemberId;

import tools.jackson.databind.json.JsonMapper;

/**
 * The "pay" button of the simulated checkout page: it makes the two events Stripe sends for a paid
 * Checkout Session — {@code checkout.session.completed} and {@code charge.succeeded} with the balance
 * transaction expanded (its {@code fee} is {@code simulated-fee-percent} of the amount) — signs them as
 * Stripe signs ({@code t=…,v1=HMAC-SHA256}) and hands them to {@link StripeWebhooks#receive}, the code the
 * webhook endpoint runs. Event ids follow from the session, so paying twice delivers duplicates, which the
 * webhook code ignores.
 */
@Service
public class SimulatedCheckout {

    private final CardCheckouts checkouts;
    private final Pledges pledges;
    private final StripeWebhooks webhooks;
    private final StripeSettings settings;
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;

    SimulatedCheckout(CardCheckouts checkouts, Pledges pledges, StripeWebhooks webhooks, StripeSettings settings, JdbcClient jdbc,
                      JsonMapper json, Clock clock) {
        this.checkouts = checkouts;
        this.pledges = pledges;
        this.webhooks = webhooks;
        this.settings = settings;
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /** The donor's own simulated session; anyone else (or a real Stripe session) gets "not found". */
    public CardCheckouts.Session session(MemberId member, String sessionId) {
        CardCheckouts.Session session = checkouts.session(sessionId).filter(s -> s.gateway().equals("simulated") && settings.simulated())
                .orElseThrow(() -> new NotFoundException("checkout"));
        pledges.find(session.pledgeId()).filter(p -> p.memberId().equals(member.value()))
                .orElseThrow(() -> new NotFoundException("checkout"));
        return session;
    }

    /** The fee the simulated gateway charges: the configured percentage of the amount, rounded half up. */
    public long feeMinor(long amountMinor) {
        return BigDecimal.valueOf(amountMinor).multiply(settings.simulatedFeePercent()).movePointLeft(2)
                .setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    /** Pays the session: the signed events go through the webhook code. Returns where Stripe would send the donor. */
    public java.net.URI pay(MemberId member, String sessionId) {
        CardCheckouts.Session s = session(member, sessionId);
        String pledge = s.pledgeId().toString();
        String intent = "pi_sim_" + sessionId.substring(SimulatedCardGateway.SESSION_PREFIX.length());
        String currency = s.amount().currency().getCurrencyCode().toLowerCase(Locale.ROOT);
        long amount = s.amount().minorUnits();
        long created = clock.instant().getEpochSecond();

        Map<String, Object> session = new LinkedHashMap<>();
        session.put("id", sessionId);
        session.put("object", "checkout.session");
        String tail = sessionId.substring(SimulatedCardGateway.SESSION_PREFIX.length());
        String subscription = s.recurringId() == null ? null : "sub_sim_" + tail;
        session.put("mode", subscription == null ? "payment" : "subscription");
        if (subscription != null) {
            session.put("subscription", subscription);
        }
        session.put("client_reference_id", pledge);
        session.put("payment_status", "paid");
        session.put("amount_total", amount);
        session.put("currency", currency);
        session.put("payment_intent", intent);
        session.put("metadata", Map.of("pledge_id", pledge));

        Map<String, Object> balance = new LinkedHashMap<>();
        long fee = feeMinor(amount);
        balance.put("id", "txn_sim_" + sessionId.substring(SimulatedCardGateway.SESSION_PREFIX.length()));
        balance.put("object", "balance_transaction");
        balance.put("amount", amount);
        balance.put("fee", fee);
        balance.put("net", amount - fee);
        balance.put("currency", currency);
        Map<String, Object> charge = new LinkedHashMap<>();
        charge.put("id", "ch_sim_" + sessionId.substring(SimulatedCardGateway.SESSION_PREFIX.length()));
        charge.put("object", "charge");
        charge.put("amount", amount);
        charge.put("currency", currency);
        charge.put("paid", true);
        charge.put("payment_intent", intent);
        charge.put("balance_transaction", balance);

        deliver("evt_sim_completed_" + sessionId, StripeWebhooks.COMPLETED, created, session);
        deliver("evt_sim_charge_" + sessionId, StripeWebhooks.CHARGE_SUCCEEDED, created, charge);
        if (subscription != null) {
            // the subscription's first invoice, as Stripe sends it after a subscription-mode checkout
            deliver("evt_sim_invoice_" + sessionId, StripeWebhooks.INVOICE_PAID, created, invoice("in_sim_" + tail, subscription, amount,
                    currency, "subscription_create"));
        }
        jdbc.sql("UPDATE card_checkout SET simulated_paid = true WHERE session_id = ?").param(sessionId).update();
        return s.successUrl();
    }

    static Map<String, Object> invoice(String id, String subscription, long amount, String currency, String billingReason) {
        Map<String, Object> invoice = new LinkedHashMap<>();
        invoice.put("id", id);
        invoice.put("object", "invoice");
        invoice.put("subscription", subscription);
        invoice.put("billing_reason", billingReason);
        invoice.put("amount_paid", amount);
        invoice.put("currency", currency);
        invoice.put("status", "paid");
        return invoice;
    }

    private void deliver(String id, String type, long created, Map<String, Object> object) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("id", id);
        event.put("object", "event");
        event.put("type", type);
        event.put("created", created);
        event.put("livemode", false);
        event.put("data", Map.of("object", object));
        String payload = json.writeValueAsString(event);
        long t = clock.instant().getEpochSecond();
        webhooks.receive(payload, "t=" + t + ",v1=" + StripeWebhooks.sign(webhooks.signingSecret(), t, payload));
    }
}
