package org.takatuf.identity.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.takatuf.identity.RouteSecurity;

/**
 * Who may use the organisation pages, invitations, the verification queue and the organisation API.
 * Whether a signed-in member may change a given organisation is decided by the domain
 * ({@code OrganisationManagement}), which refuses anyone who is not one of its admins.
 */
@Configuration(proxyBeanMethods = false)
class OrganisationRoutes {

    @Bean
    RouteSecurity organisationRouteSecurity() {
        return routes -> routes
                // signed-in members (the more specific patterns first)
                .requestMatchers("/organisations/new").authenticated()
                .requestMatchers("/organisations/*/edit", "/organisations/*/verification").authenticated()
                .requestMatchers(HttpMethod.POST, "/organisations/*/invitations").authenticated()
                .requestMatchers(HttpMethod.GET, "/invitations/*").authenticated()
                .requestMatchers(HttpMethod.POST, "/invitations/*").authenticated()
                // everyone
                .requestMatchers(HttpMethod.GET, "/organisations", "/organisations/*").permitAll()
                .requestMatchers(HttpMethod.GET, "/api/v1/organisations", "/api/v1/organisations/*").permitAll();
        // /admin/** (the verification queue) is restricted to platform administrators by the security configuration
    }
}
