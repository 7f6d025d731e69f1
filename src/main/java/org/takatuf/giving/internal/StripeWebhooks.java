package org.takatuf.giving.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.takatuf.campaigns.Campaign;
import org.takatuf.campaigns.CampaignId;
import org.takatuf.campaigns.CampaignManagement;
import org.takatuf.core.Money;
import org.takatuf.core.UserInputException;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stripe's signed webhooks (https://docs.stripe.com/webhooks#verify-manually): the {@code Stripe-Signature}
 * header carries {@code t=<unix time>} and one or more {@code v1=<hex HMAC-SHA256 of "t.payload">} under the
 * endpoint's secret; a signature is accepted only within the timestamp tolerance (300 s). Every event id
 * is recorded once (a redelivery changes nothing). Out-of-order delivery is harmless: a pledge's state is
 * settled from all its recorded events by their meaning — paid before refunded, and an expiry never undoes
 * a payment — whatever order they came in.
 */
@Service
public class StripeWebhooks {

    /** What became of a delivery. */
    public enum Result { PROCESSED, DUPLICATE, IGNORED }

    static final String COMPLETED = "checkout.session.completed";
    static final String EXPIRED = "checkout.session.expired";
    static final String REFUNDED = "charge.refunded";
    /** A charge with its balance transaction expanded: {@code balance_transaction.fee} is the gateway's fee. */
    static final String CHARGE_SUCCEEDED = "charge.succeeded";
    static final String CHARGE_UPDATED = "charge.updated";
    /** A subscription's invoice was paid: one month of a monthly card gift. */
    static final String INVOICE_PAID = "invoice.paid";
    static final List<String> FEE_EVENTS = List.of(CHARGE_SUCCEEDED, CHARGE_UPDATED);

    /** The signing secret of the simulated adapter when none is configured: this process's own, never shown. */
    private final String simulatedSecret = "whsec_simulated_" + UUID.randomUUID() + UUID.randomUUID();

    private final StripeSettings settings;
    private final JdbcClient jdbc;
    private final Pledges pledges;
    private final Confirmations confirmations;
    private final CampaignManagement campaigns;
    private final JsonMapper json;
    private final Clock clock;
    private final Donations donations;
    private final RecurringGifts recurring;

    StripeWebhooks(StripeSettings settings, JdbcClient jdbc, Pledges pledges, Confirmations confirmations,
                   CampaignManagement campaigns, JsonMapper json, Clock clock, Donations donations,
                   RecurringGifts recurring) {
        this.recurring = recurring;
        this.donations = donations;
        this.settings = settings;
        this.jdbc = jdbc;
        this.pledges = pledges;
        this.confirmations = confirmations;
        this.campaigns = campaigns;
        this.json = json;
        this.clock = clock;
    }

    /** The {@code v1} signature Stripe computes for a payload at a timestamp. */
    public static String sign(String secret, long timestamp, String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal((timestamp + "." + payload).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static boolean verify(String payload, String header, String secret, long nowSeconds, long tolerance) {
        if (header == null || payload == null) {
            return false;
        }
        Long timestamp = null;
        List<String> signatures = new java.util.ArrayList<>();
        for (String part : header.split(",")) {
            String[] kv = part.trim().split("=", 2);
            if (kv.length != 2) {
                continue;
            }
            if (kv[0].equals("t")) {
                try {
                    timestamp = Long.parseLong(kv[1]);
                } catch (NumberFormatException e) {
                    return false;
                }
            } else if (kv[0].equals("v1")) {
                signatures.add(kv[1]);
            }
        }
        if (timestamp == null || signatures.isEmpty() || Math.abs(nowSeconds - timestamp) > tolerance) {
            return false;
        }
        byte[] expected = sign(secret, timestamp, payload).getBytes(StandardCharsets.UTF_8);
        return signatures.stream().anyMatch(s -> MessageDigest.isEqual(expected, s.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * The secret events are signed with: the configured one, or (simulated adapter, no secret configured) this
     * process's own. Null when webhooks are off (a real secret key without a webhook secret).
     */
    String signingSecret() {
        if (settings.webhooksEnabled()) {
            return settings.webhookSecret();
        }
        return settings.simulated() ? simulatedSecret : null;
    }

    @Transactional
    public Result receive(String payload, String signatureHeader) {
        String secret = signingSecret();
        if (secret == null) {
            throw new UserInputException("giving.webhook.disabled");
        }
        if (!verify(payload, signatureHeader, secret, clock.instant().getEpochSecond(), settings.toleranceSeconds())) {
            throw new UserInputException("giving.webhook.bad-signature");
        }
        JsonNode event;
        try {
            event = json.readTree(payload);
        } catch (RuntimeException e) {
            throw new UserInputException("giving.webhook.bad-signature");
        }
        String id = text(event, "id");
        String type = text(event, "type");
        if (id == null || type == null) {
            throw new UserInputException("giving.webhook.bad-signature");
        }
        JsonNode object = event.path("data").path("object");
        String paymentIntent = text(object, "payment_intent");
        UUID pledgeId = pledgeOf(object);
        if (pledgeId == null && paymentIntent != null) {
            pledgeId = jdbc.sql("SELECT pledge_id FROM card_checkout WHERE payment_intent = ?").param(paymentIntent)
                    .query(UUID.class).optional().orElse(null);
        }
        if (pledgeId == null && paymentIntent != null && !type.equals(INVOICE_PAID)) {
            // a later month of a monthly gift: its charge is the paid invoice's payment intent
            pledgeId = jdbc.sql("SELECT pledge_id FROM gateway_event WHERE type = ? AND payment_intent = ? AND pledge_id IS NOT NULL")
                    .params(INVOICE_PAID, paymentIntent).query(UUID.class).optional().orElse(null);
        }
        if (pledgeId != null && pledges.find(pledgeId).filter(p -> p.method() == PledgeMethod.CARD).isEmpty()) {
            pledgeId = null;
        }
        Long amount = switch (type) {
            case COMPLETED -> object.path("amount_total").isNumber() ? object.path("amount_total").asLong() : null;
            case REFUNDED -> object.path("amount_refunded").isNumber() ? object.path("amount_refunded").asLong() : null;
            case CHARGE_SUCCEEDED, CHARGE_UPDATED -> object.path("balance_transaction").path("fee").isNumber()
                    ? object.path("balance_transaction").path("fee").asLong() : null;
            default -> null;
        };
        int recorded = jdbc.sql("""
                        INSERT INTO gateway_event (id, gateway, type, created, pledge_id, amount, payment_intent, received_at)
                        VALUES (?, 'stripe', ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING""")
                .params(id, type, event.path("created").asLong(0), pledgeId, amount, paymentIntent, Timestamp.from(clock.instant())).update();
        if (recorded == 0) {
            return Result.DUPLICATE;
        }
        if (type.equals(INVOICE_PAID)) {
            return invoicePaid(id, object);
        }
        String subscription = text(object, "subscription");
        if (type.equals(COMPLETED) && pledgeId != null && subscription != null) {
            UUID gift = jdbc.sql("SELECT recurring_id FROM card_checkout WHERE pledge_id = ?").param(pledgeId).query(UUID.class)
                    .optional().orElse(null);
            if (gift != null) {
                recurring.subscribed(gift, subscription);
            }
        }
        if (type.equals(COMPLETED) && pledgeId != null && paymentIntent != null) {
            // the charge of this payment may have come first: it is the pledge's too
            jdbc.sql("UPDATE card_checkout SET payment_intent = ? WHERE pledge_id = ? AND payment_intent IS NULL")
                    .params(paymentIntent, pledgeId).update();
            jdbc.sql("UPDATE gateway_event SET pledge_id = ? WHERE pledge_id IS NULL AND payment_intent = ?")
                    .params(pledgeId, paymentIntent).update();
        }
        if (pledgeId == null || !List.of(COMPLETED, EXPIRED, REFUNDED, CHARGE_SUCCEEDED, CHARGE_UPDATED).contains(type)) {
            return Result.IGNORED;
        }
        settle(pledgeId);
        return Result.PROCESSED;
    }

    /** One month of a monthly card gift: that month's pledge, made and confirmed once per invoice. */
    private Result invoicePaid(String eventId, JsonNode invoice) {
        String invoiceId = text(invoice, "id");
        String subscription = text(invoice, "subscription");
        if (subscription == null) {
            subscription = text(invoice.path("parent").path("subscription_details"), "subscription");
        }
        if (invoiceId == null || subscription == null) {
            return Result.IGNORED;
        }
        java.util.Optional<UUID> month = recurring.invoicePaid(invoiceId, subscription, text(invoice, "billing_reason"));
        if (month.isEmpty()) {
            return Result.IGNORED;
        }
        Long paid = invoice.path("amount_paid").isNumber() ? invoice.path("amount_paid").asLong() : null;
        String paymentIntent = invoicePaymentIntent(invoice);
        jdbc.sql("UPDATE gateway_event SET pledge_id = ?, amount = ?, payment_intent = ? WHERE id = ?")
                .params(month.get(), paid, paymentIntent, eventId).update();
        Pledge pledge = pledges.findForUpdate(month.get()).orElseThrow();
        if (pledge.status() == PledgeStatus.PLEDGED || pledge.status() == PledgeStatus.EXPIRED) {
            Campaign campaign = campaigns.find(new CampaignId(pledge.campaignId())).orElseThrow();
            confirmations.confirmByGateway(campaign, pledge, paid == null ? pledge.amount() : new Money(paid, campaign.currency()));
        }
        if (paymentIntent != null) {
            // the month's charge (with the gateway's fee) may have come before its invoice
            jdbc.sql("UPDATE gateway_event SET pledge_id = ? WHERE pledge_id IS NULL AND payment_intent = ? AND type <> ?")
                    .params(month.get(), paymentIntent, INVOICE_PAID).update();
            settle(month.get()); // posts the fee of any charge of this month's pledge, once
        }
        return Result.PROCESSED;
    }

    /** Brings the pledge to the state its recorded events mean, in the order of their meaning. */
    private void settle(UUID pledgeId) {
        Pledge pledge = pledges.findForUpdate(pledgeId).orElseThrow();
        Campaign campaign = campaigns.find(new CampaignId(pledge.campaignId())).orElseThrow();
        Map<String, Long> events = new java.util.HashMap<>();
        Long[] fee = {null};
        jdbc.sql("SELECT type, amount FROM gateway_event WHERE pledge_id = ? ORDER BY created, received_at").param(pledgeId)
                .query(rs -> {
                    Long value = rs.getObject(2) == null ? null : rs.getLong(2);
                    events.put(rs.getString(1), value);
                    if (FEE_EVENTS.contains(rs.getString(1)) && value != null && value > 0) {
                        fee[0] = value; // charge.updated may carry the fee a charge.succeeded did not yet have
                    }
                });
        if (events.containsKey(COMPLETED) && (pledge.status() == PledgeStatus.PLEDGED || pledge.status() == PledgeStatus.EXPIRED)) {
            Long paid = events.get(COMPLETED);
            confirmations.confirmByGateway(campaign, pledge, paid == null ? pledge.amount() : new Money(paid, campaign.currency()));
            pledge = pledges.findForUpdate(pledgeId).orElseThrow();
        }
        if (fee[0] != null && (pledge.status() == PledgeStatus.CONFIRMED || pledge.status() == PledgeStatus.REFUNDED)) {
            // posted once (the ledger group's reference is the pledge's), after the donation it comes out of
            donations.fee(campaign, pledge, new Money(fee[0], campaign.currency()), pledge.reference());
        }
        if (events.containsKey(REFUNDED) && pledge.status() == PledgeStatus.CONFIRMED) {
            confirmations.refundByGateway(campaign, pledge);
        } else if (!events.containsKey(COMPLETED) && events.containsKey(EXPIRED) && pledge.status() == PledgeStatus.PLEDGED) {
            pledges.setStatus(pledgeId, PledgeStatus.EXPIRED, "expired_at", clock.instant());
            pledges.untally(pledge);
        }
    }

    /**
     * The payment intent that paid an invoice: {@code payment_intent} up to API version 2025-03-31, since
     * then the first of {@code payments.data[].payment.payment_intent}.
     */
    private static String invoicePaymentIntent(JsonNode invoice) {
        String intent = text(invoice, "payment_intent");
        if (intent == null) {
            for (JsonNode payment : invoice.path("payments").path("data")) {
                intent = text(payment.path("payment"), "payment_intent");
                if (intent != null) {
                    break;
                }
            }
        }
        return intent;
    }

    private static UUID pledgeOf(JsonNode object) {
        String id = text(object, "client_reference_id");
        if (id == null) {
            id = text(object.path("metadata"), "pledge_id");
        }
        try {
            return id == null ? null : UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isString() ? value.asString() : null;
    }
}
