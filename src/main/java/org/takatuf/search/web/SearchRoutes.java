package org.takatuf.search.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.takatuf.identity.RouteSecurity;

/** Search is public: the index only holds what is public anyway. */
@Configuration(proxyBeanMethods = false)
class SearchRoutes {

    @Bean
    RouteSecurity searchRouteSecurity() {
        return routes -> routes.requestMatchers(HttpMethod.GET, "/search", "/api/v1/search").permitAll();
    }
}
