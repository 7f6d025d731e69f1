package org.takatuf.engagement.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.takatuf.identity.RouteSecurity;

/**
 * Who may use the engagement routes. Public: comment threads (the fragment pages embed), hashtag
 * pages, frames and their overlays. Signed-in members: posting, editing, deleting and reacting (the
 * service checks that a comment is the member's own), follows, the feed, framing a photo.
 */
@Configuration(proxyBeanMethods = false)
class EngagementRoutes {

    @Bean
    RouteSecurity engagementRouteSecurity() {
        return routes -> routes
                .requestMatchers(HttpMethod.GET, "/engage/comments", "/tags/*", "/frames", "/frames/*", "/frames/*/overlay.png",
                        "/engage/organisations/*/response-time", "/engage/shares", "/engage/follows").permitAll()
                .requestMatchers(HttpMethod.POST, "/engage/shares").permitAll()
                .requestMatchers("/engage/**", "/feed", "/follows", "/follows/**", "/frames", "/frames/**", "/tags/*/follow").authenticated();
    }
}
