package org.takatuf.moderation.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.takatuf.identity.Role;
import org.takatuf.identity.RouteSecurity;

/**
 * Who may use the moderation routes: any signed-in member reports and appeals (the service checks that an
 * appeal is the author's own), moderators and administrators work the queue, administrators read the audit log.
 */
@Configuration(proxyBeanMethods = false)
class ModerationRoutes {

    @Bean
    RouteSecurity moderationRouteSecurity() {
        return routes -> routes
                .requestMatchers("/moderation/report", "/moderation/reports", "/moderation/appeals/*").authenticated()
                .requestMatchers("/moderation", "/moderation/items/**", "/moderation/bulk")
                .hasAnyAuthority(Role.MODERATOR.authority(), Role.ADMIN.authority())
                .requestMatchers("/admin/audit", "/admin/audit.csv").hasAuthority(Role.ADMIN.authority());
    }
}
