package org.takatuf.identity.internal;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.takatuf.identity.CurrentMember;
import org.takatuf.identity.Member;
import org.takatuf.identity.Members;
import org.takatuf.identity.Role;

/**
 * Keeps a half-signed-in session (password right, second-factor code due) on {@code /login/totp},
 * and, when {@code takatuf.security.require-totp-for-admins} is on, keeps administrators and
 * moderators without a second factor on {@code /me/security} until they enrol (ASVS 6.3.3).
 */
class SecondStepFilter extends OncePerRequestFilter {

    private static final Set<String> ALWAYS_OPEN = Set.of("/logout", "/error", "/login");
    private static final String[] ASSETS = {"/css/", "/js/", "/img/", "/fonts/", "/webjars/"};

    private final Members members;
    private final SecuritySettings settings;
    private final Refusals refusals;

    SecondStepFilter(Members members, SecuritySettings settings, Refusals refusals) {
        this.members = members;
        this.settings = settings;
        this.refusals = refusals;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = ThrottleFilter.path(request);
        if (ALWAYS_OPEN.contains(path) || "/favicon.ico".equals(path)) {
            return true;
        }
        for (String asset : ASSETS) {
            if (path.startsWith(asset)) {
                return true;
            }
        }
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        String path = ThrottleFilter.path(request);
        if (SignIns.isPending(authentication)) {
            if (!path.equals("/login/totp")) {
                sendTo(request, response, "/login/totp");
                return;
            }
        } else if (mustEnrol(authentication) && !path.equals("/me/security") && !path.startsWith("/me/security/")) {
            sendTo(request, response, "/me/security");
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean mustEnrol(Authentication authentication) {
        if (!settings.requireTotpForAdmins() || authentication == null
                || !(authentication.getPrincipal() instanceof CurrentMember member)) {
            return false;
        }
        boolean privileged = authentication.getAuthorities().stream().anyMatch(a ->
                Role.ADMIN.authority().equals(a.getAuthority()) || Role.MODERATOR.authority().equals(a.getAuthority()));
        // few members are privileged: one look-up per request keeps the rule exact after enrolment
        return privileged && !members.findById(member.id()).map(Member::isTotpEnabled).orElse(false);
    }

    private void sendTo(HttpServletRequest request, HttpServletResponse response, String target)
            throws IOException, ServletException {
        if (path(request).startsWith("/api/")) {
            refusals.unauthorised(request, response, "account.api.second-factor-due");
            return;
        }
        response.sendRedirect(request.getContextPath() + target);
    }

    private static String path(HttpServletRequest request) {
        return ThrottleFilter.path(request);
    }
}
