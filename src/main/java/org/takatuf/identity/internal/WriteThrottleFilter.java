package org.takatuf.identity.internal;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses with 429 and {@code Retry-After} a write (any method but GET, HEAD, OPTIONS and TRACE) beyond its
 * {@link WriteLimits}: per kind (pledges, comments, messages, uploads) and for all writes together, per signed-in
 * member or, when anonymous, per client address. It runs after authentication so that a member is counted as
 * themselves wherever they write from. Sign-in, sign-up and password reset keep their own limits
 * ({@link ThrottleFilter}); payment-gateway webhooks are not limited (the gateway signs them, and a refused event
 * would be retried by the gateway anyway).
 */
class WriteThrottleFilter extends OncePerRequestFilter {

    private final WriteLimiter limiter;
    private final Refusals refusals;

    WriteThrottleFilter(WriteLimiter limiter, Refusals refusals) {
        this.limiter = limiter;
        this.refusals = refusals;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String method = request.getMethod();
        if ("GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method) || "TRACE".equals(method)) {
            return true;
        }
        String path = ThrottleFilter.path(request);
        return path.equals("/login") || path.equals("/login/totp") || path.equals("/signup")
                || path.equals("/forgot-password") || path.startsWith("/api/v1/payments/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        boolean member = who != null && who.isAuthenticated() && !(who instanceof AnonymousAuthenticationToken);
        Optional<Throttle.Wait> wait = limiter.admit(request, member ? who.getName() : null);
        if (wait.isPresent()) {
            refusals.tooManyAttempts(request, response, wait.get());
            return;
        }
        chain.doFilter(request, response);
    }

    /** The kinds of write with a limit of their own. */
    enum Kind {
        PLEDGE, COMMENT, MESSAGE, UPLOAD;

        ThrottleSettings.Limit limit(WriteLimits limits) {
            return switch (this) {
                case PLEDGE -> limits.pledges();
                case COMMENT -> limits.comments();
                case MESSAGE -> limits.messages();
                case UPLOAD -> limits.uploads();
            };
        }
    }

    static Optional<Kind> kind(HttpServletRequest request) {
        String path = ThrottleFilter.path(request);
        if (isPledge(path)) {
            return Optional.of(Kind.PLEDGE);
        }
        if (path.startsWith("/engage/comments")) {
            return Optional.of(Kind.COMMENT);
        }
        for (String segment : path.split("/")) {
            if (segment.equals("messages")) {
                return Optional.of(Kind.MESSAGE);
            }
        }
        String type = request.getContentType();
        if (type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")) {
            return Optional.of(Kind.UPLOAD);
        }
        return Optional.empty();
    }

    /**
     * {@code /campaigns/{id}/give} and what lies below it (the site's pledge form), or
     * {@code /api/v1/campaigns/{id}/pledges} with or without a final slash; {@code {id}} is any one segment.
     * Compared as strings: the regular expression it replaces was a measurable part of the pledge path's CPU.
     */
    static boolean isPledge(String path) {
        String tail = afterSegment(path, "/api/v1/campaigns/");
        if (tail != null) {
            return tail.equals("/pledges") || tail.equals("/pledges/");
        }
        tail = afterSegment(path, "/campaigns/");
        return tail != null && (tail.equals("/give") || tail.startsWith("/give/"));
    }

    /** What follows the one non-empty segment after {@code prefix}, from its slash on; null without such a segment. */
    private static String afterSegment(String path, String prefix) {
        if (!path.startsWith(prefix)) {
            return null;
        }
        int slash = path.indexOf('/', prefix.length());
        return slash <= prefix.length() ? null : path.substring(slash);
    }
}
