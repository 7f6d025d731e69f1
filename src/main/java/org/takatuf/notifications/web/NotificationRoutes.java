package org.takatuf.notifications.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.takatuf.identity.RouteSecurity;

/**
 * Who may use the notification routes: the unsubscribe page and its one-click form work without
 * signing in (the signed link is the proof); the inbox, the count and the preferences are the
 * signed-in member's own.
 */
@Configuration(proxyBeanMethods = false)
class NotificationRoutes {

    @Bean
    RouteSecurity notificationRouteSecurity() {
        return routes -> routes
                .requestMatchers("/notifications/unsubscribe", "/notifications/one-click-unsubscribe").permitAll()
                .requestMatchers("/notifications", "/notifications/**").authenticated();
    }
}
