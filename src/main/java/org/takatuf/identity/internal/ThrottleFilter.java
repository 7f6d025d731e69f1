package org.takatuf.identity.internal;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses with 429 and {@code Retry-After} a sign-in while its account or address is over its limit
 * of failures, a second-factor code while the account is over its limit, and sign-up and
 * password-reset requests beyond their limit per address. Only failures count for sign-in; the
 * failure handlers record them.
 */
class ThrottleFilter extends OncePerRequestFilter {

    private final Throttle throttle;
    private final Refusals refusals;

    ThrottleFilter(Throttle throttle, Refusals refusals) {
        this.throttle = throttle;
        this.refusals = refusals;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String address = request.getRemoteAddr();
        Optional<Throttle.Wait> wait = switch (path(request)) {
            case "/login" -> throttle.signInBlocked(request.getParameter("email"), address);
            case "/login/totp" -> {
                Authentication pending = SecurityContextHolder.getContext().getAuthentication();
                yield pending == null ? Optional.empty() : throttle.secondFactorBlocked(pending.getName());
            }
            case "/signup" -> throttle.signUp(address);
            case "/forgot-password" -> throttle.passwordReset(address);
            default -> Optional.empty();
        };
        if (wait.isPresent()) {
            refusals.tooManyAttempts(request, response, wait.get());
            return;
        }
        chain.doFilter(request, response);
    }

    static String path(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String context = request.getContextPath();
        return context != null && !context.isEmpty() && uri.startsWith(context) ? uri.substring(context.length()) : uri;
    }
}
