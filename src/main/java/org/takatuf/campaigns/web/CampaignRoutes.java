package org.takatuf.campaigns.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.takatuf.identity.RouteSecurity;

/**
 * Who may use the campaign routes. Public: the list, a campaign's page and its JSON list. Starting a
 * campaign needs a signed-in member; the service then requires membership of a verified organisation.
 */
@Configuration(proxyBeanMethods = false)
class CampaignRoutes {

    @Bean
    RouteSecurity campaignRouteSecurity() {
        return routes -> routes
                .requestMatchers("/campaigns/new", "/campaigns/*/edit", "/campaigns/*/ambassadors/new", "/campaigns/*/a/*/edit").authenticated()
                .requestMatchers(HttpMethod.GET, "/campaigns/*/ambassadors", "/campaigns/*/a/*").permitAll()
                .requestMatchers(HttpMethod.POST, "/campaigns/*/ambassadors", "/campaigns/*/a/*").authenticated()
                .requestMatchers(HttpMethod.GET, "/campaigns", "/campaigns/*", "/campaigns/*/live", "/api/v1/campaigns").permitAll()
                .requestMatchers(HttpMethod.POST, "/campaigns").authenticated()
                .requestMatchers(HttpMethod.GET, "/c/*", "/campaigns/*/card.png", "/campaigns/*/photos/*").permitAll()
                .requestMatchers(HttpMethod.POST, "/campaigns/*/updates", "/campaigns/*/photos").authenticated();
    }
}
