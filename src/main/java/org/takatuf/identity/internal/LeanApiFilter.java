package org.takatuf.identity.internal;

import java.io.IOException;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.http.HttpHeaders;
import org.takatuf.identity.ApiTokenManagement;
import org.takatuf.identity.CurrentMember;
import org.takatuf.identity.LeanApiRoute;
import org.takatuf.identity.Role;

/**
 * The lean lane in front of the servlet stack for the {@link LeanApiRoute}s (see there). It claims a call only when
 * everything about it is ordinary; otherwise it passes the call on untouched, and the security chain and the
 * route's controller answer it (401 for a bad token, 415 for another content type, the second-step rules for
 * moderators and administrators). For a claimed call it does what the chain would do for it: the bearer token
 * ({@link BearerTokenFilter}), the write limits ({@link WriteThrottleFilter}, the same buckets), the security
 * headers ({@link SecurityHeaders}). CSRF does not apply to bearer calls in either lane.
 */
class LeanApiFilter implements Filter {

    private static final String BEARER = "Bearer ";

    /** Calls the lane answered, per route ({@code takatuf.api.lean.calls}); the others show in http.server.requests. */
    static final String CALLS = "takatuf.api.lean.calls";

    private final List<LeanApiRoute> routes;
    private final Map<LeanApiRoute, Counter> calls = new IdentityHashMap<>();
    private final ApiTokenManagement tokens;
    private final WriteLimiter limiter;
    private final Refusals refusals;

    LeanApiFilter(List<LeanApiRoute> routes, ApiTokenManagement tokens, WriteLimiter limiter, Refusals refusals,
                  MeterRegistry meters) {
        this.routes = List.copyOf(routes);
        routes.forEach(route -> calls.put(route, Counter.builder(CALLS).tag("route", route.name())
                .description("API calls answered by the lean lane").register(meters)));
        this.tokens = tokens;
        this.limiter = limiter;
        this.refusals = refusals;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        LeanApiRoute route = route(request);
        Optional<CurrentMember> member = route == null || !ordinary(request) ? Optional.empty() : member(request);
        if (member.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        calls.get(route).increment();
        SecurityHeaders.writeApi(response);
        Optional<Throttle.Wait> wait = limiter.admit(request, member.get().getUsername());
        if (wait.isPresent()) {
            refusals.tooManyAttempts(request, response, wait.get());
            return;
        }
        byte[] body = request.getInputStream().readNBytes(request.getContentLength());
        route.answer(new LeanApiRoute.Call(member.get(), () -> refusals.locale(request), body, request, response));
    }

    private LeanApiRoute route(HttpServletRequest request) {
        String method = request.getMethod();
        String path = ThrottleFilter.path(request);
        for (LeanApiRoute route : routes) {
            if (route.answers(method, path)) {
                return route;
            }
        }
        return null;
    }

    /** A JSON body in UTF-8 of a declared small length, and an answer in JSON acceptable. */
    static boolean ordinary(HttpServletRequest request) {
        int length = request.getContentLength();
        if (length < 0 || length > LeanApiRoute.MAX_BODY) {
            return false;
        }
        String type = request.getContentType();
        if (type == null) {
            return false;
        }
        String lower = type.toLowerCase(Locale.ROOT).replace(" ", "");
        if (!(lower.equals("application/json") || lower.equals("application/json;charset=utf-8"))) {
            return false;
        }
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return accept == null || accept.contains("application/json") || accept.contains("application/*") || accept.contains("*/*");
    }

    /** The member behind a valid bearer token, unless a privileged one (whose calls the second-step rules check). */
    private Optional<CurrentMember> member(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Optional.empty();
        }
        return tokens.authenticate(header.substring(BEARER.length()).trim())
                .filter(m -> !m.hasRole(Role.ADMIN) && !m.hasRole(Role.MODERATOR));
    }
}
