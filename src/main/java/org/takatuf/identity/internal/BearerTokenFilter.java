package org.takatuf.identity.internal;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.takatuf.identity.ApiTokenManagement;
import org.takatuf.identity.CurrentMember;

/**
 * Stateless sign-in for {@code /api/}: a request that carries {@code Authorization} is authenticated
 * by its bearer token alone, never by a session cookie (CSRF is not checked for such requests, so a
 * cookie must not count there). A missing, unknown or revoked token is a 401 in the reader's language.
 */
class BearerTokenFilter extends OncePerRequestFilter {

    private static final String PREFIX = "Bearer ";

    private final ApiTokenManagement tokens;
    private final Refusals refusals;

    BearerTokenFilter(ApiTokenManagement tokens, Refusals refusals) {
        this.tokens = tokens;
        this.refusals = refusals;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !ThrottleFilter.path(request).startsWith("/api/") || request.getHeader(HttpHeaders.AUTHORIZATION) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        Optional<CurrentMember> member = header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())
                ? tokens.authenticate(header.substring(PREFIX.length()).trim())
                : Optional.empty();
        if (member.isEmpty()) {
            SecurityContextHolder.clearContext();
            refusals.unauthorised(request, response, "account.api.token-invalid");
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new UsernamePasswordAuthenticationToken(member.get(), null, member.get().getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
