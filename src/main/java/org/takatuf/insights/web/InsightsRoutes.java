package org.takatuf.insights.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.takatuf.identity.RouteSecurity;

/** The insights page and its CSV need a signed-in member; the controller then requires membership of the organisation. */
@Configuration(proxyBeanMethods = false)
class InsightsRoutes {

    @Bean
    RouteSecurity insightsRouteSecurity() {
        return routes -> routes.requestMatchers(HttpMethod.GET, "/organisations/*/insights", "/organisations/*/insights.csv").authenticated();
    }
}
