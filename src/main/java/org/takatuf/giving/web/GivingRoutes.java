package org.takatuf.giving.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.takatuf.identity.RouteSecurity;

/**
 * Who may use the giving routes. Public: the transparency pages and their receipts. Everything else
 * needs a signed-in member (or an API token); the services then check that a pledge is the member's
 * own or that the member belongs to the campaign's organisation.
 */
@Configuration(proxyBeanMethods = false)
class GivingRoutes {

    @Bean
    RouteSecurity givingRouteSecurity() {
        return routes -> routes
                .requestMatchers(HttpMethod.POST, "/api/v1/payments/stripe/webhook").permitAll()
                .requestMatchers(HttpMethod.GET, "/campaigns/*/ledger", "/campaigns/*/ledger/receipts/*",
                        "/ledger/organisations/*").permitAll()
                .requestMatchers("/campaigns/*/give", "/campaigns/*/pledges", "/campaigns/*/manage", "/campaigns/*/manage/**",
                        "/campaigns/*/disbursements", "/campaigns/*/disbursements/**").authenticated()
                .requestMatchers("/pledges/*", "/pledges/*/**", "/me/pledges", "/me/giving", "/me/giving/**").authenticated()
                .requestMatchers("/payments/simulated/**").authenticated()
                .requestMatchers("/api/v1/campaigns/*/pledges", "/api/v1/pledges/*").authenticated();
    }
}
