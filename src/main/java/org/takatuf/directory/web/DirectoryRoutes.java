package org.takatuf.directory.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.takatuf.identity.RouteSecurity;

/**
 * Who may use the support-local routes. Public: browsing, business pages, product photos, featured lists,
 * the embeddable block and the JSON list. Naming ambassadors: administrators. Everything else: signed-in
 * members; the service then checks that only a page's owner changes it and only ambassadors make lists.
 */
@Configuration(proxyBeanMethods = false)
class DirectoryRoutes {

    @Bean
    RouteSecurity directoryRouteSecurity() {
        return routes -> routes
                .requestMatchers("/local/ambassadors", "/local/ambassadors/**").hasRole("ADMIN")
                .requestMatchers(HttpMethod.GET, "/local/new", "/local/*/edit").authenticated()
                .requestMatchers(HttpMethod.GET, "/local", "/local/embed", "/local/lists/*", "/local/*", "/local/*/products/*/photo",
                        "/api/v1/businesses").permitAll()
                .requestMatchers("/local", "/local/**").authenticated();
    }
}
