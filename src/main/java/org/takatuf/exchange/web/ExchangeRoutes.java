package org.takatuf.exchange.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.takatuf.identity.RouteSecurity;

/**
 * Who may use the exchange routes. Public: the board of listings, a listing's page and photos, boards,
 * the JSON list. Everything else needs a signed-in member; the services then check ownership (only the
 * owner withdraws a listing) and participation (only the two sides see a hand-over).
 */
@Configuration(proxyBeanMethods = false)
class ExchangeRoutes {

    @Bean
    RouteSecurity exchangeRouteSecurity() {
        return routes -> routes
                .requestMatchers(HttpMethod.GET, "/exchange", "/exchange/listings/*", "/exchange/listings/*/photos/*",
                        "/exchange/boards", "/exchange/boards/*", "/api/v1/listings").permitAll()
                .requestMatchers("/exchange/new", "/exchange/me", "/exchange/listings", "/exchange/listings/*/*",
                        "/exchange/handovers/**", "/exchange/members/**", "/exchange/boards/**").authenticated();
    }
}
