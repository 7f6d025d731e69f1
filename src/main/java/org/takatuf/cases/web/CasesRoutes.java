package org.takatuf.cases.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.takatuf.identity.RouteSecurity;

/**
 * Who may use the cases routes. Public: the report form and its answer (no account needed), the
 * follow-up page of a private link, published summaries, the needs page, the public JSON. Everything
 * else needs a signed-in member; the service then checks membership of a verified organisation that
 * covers or handles the case, ownership of a report, or the administrator role.
 */
@Configuration(proxyBeanMethods = false)
class CasesRoutes {

    @Bean
    RouteSecurity casesRouteSecurity() {
        return routes -> routes
                .requestMatchers(HttpMethod.GET, "/cases", "/cases/new", "/cases/submitted", "/cases/needs", "/cases/follow/*",
                        "/api/v1/cases", "/api/v1/cases/*").permitAll()
                .requestMatchers(HttpMethod.POST, "/cases").permitAll()
                .requestMatchers(HttpMethod.GET, "/cases/triage", "/cases/*/manage", "/cases/organisations/*/coverage").authenticated()
                .requestMatchers(HttpMethod.POST, "/api/v1/cases", "/cases/*/*", "/cases/organisations/*/coverage").authenticated()
                .requestMatchers(HttpMethod.GET, "/cases/*", "/cases/*/photos/*").permitAll()
                .requestMatchers("/me/cases", "/me/cases/*").authenticated()
                .requestMatchers("/admin/cases/**").hasRole("ADMIN");
    }
}
