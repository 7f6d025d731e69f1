package org.takatuf.giving.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.takatuf.core.Money;

/** The checkout session request in Stripe's documented shape, and the signature scheme of its webhooks. */
class StripeGatewayUnitTest {

    @Test
    void theCheckoutSessionIsAFormInStripesBracketNotationInMinorUnits() {
        UUID pledge = UUID.randomUUID();
        var parameters = StripeGateway.parameters(new CardGateway.CheckoutRequest(pledge, "لنجعل شتاءهم أدفأ",
                Money.of("12.500", "KWD"), URI.create("https://takatuf.example/pledges/" + pledge), URI.create("https://takatuf.example/c")));
        assertThat(parameters).containsEntry("mode", "payment").containsEntry("client_reference_id", pledge.toString())
                .containsEntry("line_items[0][price_data][currency]", "kwd")
                .containsEntry("line_items[0][price_data][unit_amount]", "12500")
                .containsEntry("line_items[0][quantity]", "1");
        assertThat(StripeGateway.form(parameters)).contains("line_items%5B0%5D%5Bprice_data%5D%5Bunit_amount%5D=12500");
    }

    @Test
    void aMonthlyGiftIsASubscriptionModeSessionWithAMonthlyPrice() {
        UUID pledge = UUID.randomUUID();
        UUID gift = UUID.randomUUID();
        var parameters = StripeGateway.parameters(new CardGateway.CheckoutRequest(pledge, "شهريًا", Money.of("40", "SAR"),
                URI.create("https://takatuf.example/s"), URI.create("https://takatuf.example/c"), gift));
        assertThat(parameters).containsEntry("mode", "subscription")
                .containsEntry("line_items[0][price_data][recurring][interval]", "month")
                .containsEntry("subscription_data[metadata][recurring_id]", gift.toString())
                .containsEntry("metadata[recurring_id]", gift.toString())
                .doesNotContainKey("payment_intent_data[metadata][pledge_id]"); // Stripe refuses it in subscription mode
    }

    @Test
    void withoutAKeyTheCardIsSimulatedOnlyWhereAllowedAndARealKeyNeedsItsWebhookSecret() {
        java.math.BigDecimal fee = new java.math.BigDecimal("2.9");
        assertThat(new StripeSettings("", "", "https://api.stripe.com", 300, fee, true).cardAvailable()).isTrue();
        assertThat(new StripeSettings("", "", "https://api.stripe.com", 300, fee, false).cardAvailable()).isFalse();
        assertThat(new StripeSettings("sk_live_x", "", "https://api.stripe.com", 300, fee, true).cardAvailable()).isFalse();
        assertThat(new StripeSettings("sk_live_x", "whsec_x", "https://api.stripe.com", 300, fee, true).simulated()).isFalse();
        assertThat(new StripeSettings("sk_live_x", "whsec_x", "https://api.stripe.com", 300, fee, false).cardAvailable()).isTrue();
    }

    @Test
    void aSignatureIsValidOnlyForItsPayloadSecretAndTimeWindow() {
        String payload = "{\"id\":\"evt_1\"}";
        long t = 1_700_000_000L;
        String header = "t=" + t + ",v1=" + StripeWebhooks.sign("whsec_a", t, payload);
        assertThat(StripeWebhooks.verify(payload, header, "whsec_a", t + 300, 300)).isTrue();
        assertThat(StripeWebhooks.verify(payload, header, "whsec_a", t + 301, 300)).isFalse();
        assertThat(StripeWebhooks.verify(payload + " ", header, "whsec_a", t, 300)).isFalse();
        assertThat(StripeWebhooks.verify(payload, header, "whsec_b", t, 300)).isFalse();
        assertThat(StripeWebhooks.verify(payload, "v1=abc", "whsec_a", t, 300)).isFalse();
        assertThat(StripeWebhooks.verify(payload, "t=notanumber,v1=abc", "whsec_a", t, 300)).isFalse();
    }
}
