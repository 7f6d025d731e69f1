package org.takatuf.giving.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import tools.jackson.databind.json.JsonMapper;

/** The card gateway adapter: Stripe when a secret key is configured, otherwise the simulated one on this site. */
@Configuration(proxyBeanMethods = false)
class CardGatewayConfiguration {

    @Bean
    CardGateway cardGateway(StripeSettings settings, JsonMapper json) {
        // no key: the simulated adapter (card is offered only when settings.simulated(), i.e. allowed)
        return settings.secretKey() == null || settings.secretKey().isBlank() ? new SimulatedCardGateway() : new StripeGateway(settings, json);
    }
}
