package org.takatuf.identity.internal;

import java.util.List;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The rule for whatever no module listed: a request that a controller would handle is denied (a
 * route nobody declared stays closed), and a request that no controller handles is let through so
 * that the visitor gets a plain 404 page instead of a sign-in form for a page that does not exist.
 */
class UnmappedRequests implements AuthorizationManager<RequestAuthorizationContext> {

    private final ObjectProvider<List<HandlerMapping>> mappings;

    UnmappedRequests(ObjectProvider<List<HandlerMapping>> mappings) {
        this.mappings = mappings;
    }

    @Override
    public AuthorizationResult authorize(Supplier<? extends Authentication> authentication, RequestAuthorizationContext context) {
        return new AuthorizationDecision(!handledByAController(context.getRequest()));
    }

    private boolean handledByAController(HttpServletRequest request) {
        for (HandlerMapping mapping : mappings.getIfAvailable(List::of)) {
            if (!(mapping instanceof RequestMappingHandlerMapping controllers)) {
                continue;
            }
            try {
                HandlerExecutionChain chain = controllers.getHandler(request);
                if (chain != null) {
                    return true;
                }
            } catch (Exception e) {
                // a method or media-type mismatch still means a controller owns the path
                return true;
            }
        }
        return false;
    }
}
