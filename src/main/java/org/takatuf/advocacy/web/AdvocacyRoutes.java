package org.takatuf.advocacy.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.takatuf.identity.RouteSecurity;

/**
 * Who may use the advocacy routes. Public: the complaints list and pages, their evidence images, company
 * profiles, the JSON list. Everything else needs a signed-in member; the services then check that the
 * member is the complainant, a "me too" supporter, a verified representative of the company, a moderator
 * or an administrator.
 */
@Configuration(proxyBeanMethods = false)
class AdvocacyRoutes {

    @Bean
    RouteSecurity advocacyRouteSecurity() {
        return routes -> routes
                .requestMatchers(HttpMethod.GET, "/complaints/new", "/complaints/*/edit", "/complaints/*/regulator.pdf").authenticated()
                .requestMatchers(HttpMethod.GET, "/complaints", "/complaints/*", "/complaints/*/evidence/*", "/companies/*",
                        "/api/v1/complaints").permitAll()
                .requestMatchers("/complaints", "/complaints/**", "/companies/**", "/me/complaints").authenticated()
                .requestMatchers("/admin/company-claims", "/admin/company-claims/**").hasRole("ADMIN");
    }
}
