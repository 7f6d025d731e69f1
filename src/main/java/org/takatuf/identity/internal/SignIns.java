package org.takatuf.identity.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import org.takatuf.identity.CurrentMember;
import org.takatuf.identity.Member;
import org.takatuf.identity.Members;

/**
 * What happens after the password was checked: a failure is counted and explained (wrong password,
 * e-mail not activated, account suspended); a success either completes the sign-in or, for members
 * with a second factor, leaves the session with only {@link #TOTP_PENDING} until the code is given.
 */
@Component
public class SignIns {

    /** The only authority of a session whose password was right but whose second-factor code is due. */
    public static final String TOTP_PENDING = "TOTP_PENDING";
    /** Session attribute read by the sign-in page: the message key of the last failure. */
    public static final String ERROR_ATTRIBUTE = "takatuf.login.error";

    private final Members members;
    private final Throttle throttle;
    private final SecurityContextRepository contexts;
    private final LocaleResolver locales;
    private final RequestCache requests = new HttpSessionRequestCache();

    SignIns(Members members, Throttle throttle, SecurityContextRepository contexts, LocaleResolver locales) {
        this.members = members;
        this.throttle = throttle;
        this.contexts = contexts;
        this.locales = locales;
    }

    AuthenticationFailureHandler failureHandler() {
        return this::failed;
    }

    AuthenticationSuccessHandler successHandler() {
        SavedRequestAwareAuthenticationSuccessHandler complete = new SavedRequestAwareAuthenticationSuccessHandler();
        complete.setDefaultTargetUrl("/");
        complete.setRequestCache(requests);
        return (request, response, authentication) -> {
            if (!(authentication.getPrincipal() instanceof CurrentMember member)) {
                complete.onAuthenticationSuccess(request, response, authentication);
                return;
            }
            throttle.signInSucceeded(member.email(), request.getRemoteAddr());
            request.getSession().removeAttribute(ERROR_ATTRIBUTE);
            Optional<Member> stored = members.findById(member.id());
            stored.ifPresent(m -> locales.setLocale(request, response, m.getPreferredLocale()));
            if (stored.map(Member::isTotpEnabled).orElse(false)) {
                save(request, response, new UsernamePasswordAuthenticationToken(member, null,
                        List.of(new SimpleGrantedAuthority(TOTP_PENDING))));
                response.sendRedirect(request.getContextPath() + "/login/totp");
                return;
            }
            complete.onAuthenticationSuccess(request, response, authentication);
        };
    }

    void failed(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException, ServletException {
        String email = request.getParameter("email");
        String key = "login.error";
        if (failure instanceof DisabledException) {
            // only reached with the right password (see SecurityConfiguration.authenticationProvider)
            key = members.findByEmail(email == null ? "" : email.trim())
                    .map(m -> m.isEmailVerified() ? "login.disabled" : "login.unverified").orElse("login.error");
        } else {
            throttle.signInFailed(email, request.getRemoteAddr());
        }
        request.getSession().setAttribute(ERROR_ATTRIBUTE, key);
        response.sendRedirect(request.getContextPath() + "/login?error");
    }

    /** True when the signed-in session still waits for the second-factor code. */
    public static boolean isPending(Authentication authentication) {
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(a -> TOTP_PENDING.equals(a.getAuthority()));
    }

    /**
     * The second factor was given: the session gets a new id and the member's full authorities.
     *
     * @return where to go next (the page asked for before signing in, or the home page)
     */
    public String complete(HttpServletRequest request, HttpServletResponse response, CurrentMember member) {
        request.changeSessionId();
        List<GrantedAuthority> authorities = new ArrayList<>(member.getAuthorities());
        save(request, response, new UsernamePasswordAuthenticationToken(member, null, authorities));
        SavedRequest saved = requests.getRequest(request, response);
        if (saved != null) {
            requests.removeRequest(request, response);
            return saved.getRedirectUrl();
        }
        return "/";
    }

    private void save(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
    }
}
