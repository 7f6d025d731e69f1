package org.takatuf.trust.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.takatuf.identity.RouteSecurity;

/** The guide for organisations is public: people thinking of starting an initiative read it before they sign up. */
@Configuration(proxyBeanMethods = false)
class TrustRoutes {

    @Bean
    RouteSecurity trustRouteSecurity() {
        return routes -> routes.requestMatchers(HttpMethod.GET, "/guide").permitAll();
    }
}
