package org.takatuf.volunteering.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.takatuf.identity.RouteSecurity;

/**
 * Who may use the volunteering routes. Public: the opportunities list and pages, their JSON list, a
 * shift's calendar file, the verification page of a certificate. Everything else needs a signed-in
 * member; the services then check ownership (a volunteer's own profile, sign-ups and certificates) and
 * organisation membership (members of the verified organisation that owns the shift).
 */
@Configuration(proxyBeanMethods = false)
class VolunteeringRoutes {

    @Bean
    RouteSecurity volunteeringRouteSecurity() {
        return routes -> routes
                .requestMatchers(HttpMethod.GET, "/opportunities", "/opportunities/*", "/api/v1/opportunities",
                        "/shifts/*/calendar.ics", "/certificates/*").permitAll()
                .requestMatchers(HttpMethod.POST, "/shifts/*/signup").authenticated()
                .requestMatchers("/shifts/*/check-in").authenticated()
                .requestMatchers("/me/volunteering", "/me/volunteering/**").authenticated()
                .requestMatchers("/volunteering/organisations/*", "/volunteering/organisations/*/**").authenticated();
    }
}
