package org.takatuf.insights.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.takatuf.identity.RouteSecurity;

/**
 * The insights pages and their CSV need a signed-in member; the controller then requires membership of the
 * organisation, or for a complaint that the member filed it.
 */
@Configuration(proxyBeanMethods = false)
class InsightsRoutes {

    @Bean
    RouteSecurity insightsRouteSecurity() {
        return routes -> routes.requestMatchers(HttpMethod.GET, "/organisations/*/insights", "/organisations/*/insights.csv",
                "/complaints/*/insights", "/complaints/*/insights.csv").authenticated();
    }
}
