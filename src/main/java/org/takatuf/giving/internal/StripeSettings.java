package org.takatuf.giving.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code takatuf.giving.stripe.*}: the secret API key (checkout sessions), the webhook signing secret
 * ({@code whsec_…}), the API address and the signature's timestamp tolerance in seconds. Card pledges
 * are offered only when both secrets are set.
 */
@ConfigurationProperties("takatuf.giving.stripe")
public record StripeSettings(@DefaultValue("") String secretKey, @DefaultValue("") String webhookSecret,
                             @DefaultValue("https://api.stripe.com") String apiBase, @DefaultValue("300") long toleranceSeconds) {

    public boolean webhooksEnabled() {
        return webhookSecret != null && !webhookSecret.isBlank();
    }

    public boolean checkoutEnabled() {
        return webhooksEnabled() && secretKey != null && !secretKey.isBlank();
    }
}
