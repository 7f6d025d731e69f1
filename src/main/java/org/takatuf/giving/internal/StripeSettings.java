package org.takatuf.giving.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code takatuf.giving.stripe.*}: the secret API key (checkout sessions), the webhook signing secret
 * ({@code whsec_…}), the API address and the signature's timestamp tolerance in seconds. With both secrets
 * the real Stripe adapter is used; without a secret key the {@link SimulatedCardGateway} serves a local
 * checkout page (only with {@code allow-simulated}, on by default and off in the postgres profile), and its
 * fee is {@code simulated-fee-percent} of the amount (default 2.9).
 */
@ConfigurationProperties("takatuf.giving.stripe")
public record StripeSettings(@DefaultValue("") String secretKey, @DefaultValue("") String webhookSecret,
                             @DefaultValue("https://api.stripe.com") String apiBase, @DefaultValue("300") long toleranceSeconds,
                             @DefaultValue("2.9") java.math.BigDecimal simulatedFeePercent,
                             @DefaultValue("true") boolean allowSimulated) {

    /**
     * No secret key: card payments go through the simulated adapter on this site (demo, tests, offline) —
     * unless {@code allow-simulated} is off (the postgres profile), where no card is offered at all, so that
     * a production site without Stripe never records simulated money.
     */
    public boolean simulated() {
        return (secretKey == null || secretKey.isBlank()) && allowSimulated;
    }

    /** Whether card pledges can be offered: simulated, or the real adapter with a webhook secret to confirm them. */
    public boolean cardAvailable() {
        return simulated() || checkoutEnabled();
    }

    public boolean webhooksEnabled() {
        return webhookSecret != null && !webhookSecret.isBlank();
    }

    public boolean checkoutEnabled() {
        return webhooksEnabled() && secretKey != null && !secretKey.isBlank();
    }
}
