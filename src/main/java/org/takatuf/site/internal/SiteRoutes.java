package org.takatuf.site.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.takatuf.identity.RouteSecurity;

@Configuration(proxyBeanMethods = false)
class SiteRoutes {

    @Bean
    RouteSecurity siteRouteSecurity() {
        return routes -> routes.requestMatchers(HttpMethod.GET, "/", "/dev/mail", "/dev/mail/*").permitAll();
    }
}
