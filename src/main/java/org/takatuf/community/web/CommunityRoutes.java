package org.takatuf.community.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.takatuf.identity.RouteSecurity;

/**
 * Who may use the community routes. Public: the lists, group and event pages, a public group's posts,
 * calendar files, photos, the JSON lists (private groups' posts and events are filtered by the
 * services). Signed-in members: everything that changes something; the services then check the
 * member's role in the group (admin, moderator) or that they organise the event.
 */
@Configuration(proxyBeanMethods = false)
class CommunityRoutes {

    @Bean
    RouteSecurity communityRouteSecurity() {
        return routes -> routes
                .requestMatchers(HttpMethod.GET, "/groups/new", "/events/new", "/events/*/attendees").authenticated()
                .requestMatchers(HttpMethod.GET, "/groups", "/groups/*", "/groups/posts/*", "/events", "/events/*",
                        "/events/*/calendar.ics", "/events/*/photos/*", "/api/v1/groups", "/api/v1/events").permitAll()
                .requestMatchers("/groups", "/groups/**", "/events", "/events/**").authenticated();
    }
}
