package org.takatuf.identity;

import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * A module's access rules for its own routes. Every module with pages or endpoints declares one as
 * a bean; the security configuration applies them all before denying whatever is left unlisted.
 */
@FunctionalInterface
public interface RouteSecurity {

    void configure(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry routes);
}
