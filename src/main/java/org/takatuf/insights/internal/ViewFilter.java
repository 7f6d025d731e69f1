package org.takatuf.insights.internal;

import java.io.IOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseCookie;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.takatuf.identity.CurrentMember;

/**
 * Publishes a view signal for the public pages of campaigns, opportunities, complaints and
 * organisations: after the page was answered with 200, one small record goes to {@link ViewRecorder}'s
 * queue (no database work on the request thread). Runs after Spring Security (a plain servlet filter
 * bean has the lowest precedence), so a signed-in member's city can be looked up later.
 *
 * <p>Visitor: a random first-party cookie ({@value #COOKIE}, 1 year, HttpOnly, no personal data); a
 * request that brings it is a returning visitor. Channel: {@code ?ref=} when it names a known channel;
 * any other valid referral code is an ambassador's (channel {@code ambassador}); none is {@code direct}.
 */
@Component
public class ViewFilter extends OncePerRequestFilter {

    static final String COOKIE = "tk_v";
    private static final Pattern PAGE = Pattern.compile(
            "^/(campaigns|opportunities|complaints)/([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$"
                    + "|^/(organisations)/([A-Za-z0-9][A-Za-z0-9-]{0,119})$");
    private static final Pattern COOKIE_VALUE = Pattern.compile("^[A-Za-z0-9_-]{16,43}$");
    private static final Pattern REFERRAL = Pattern.compile("^[A-Za-z0-9_.-]{1,80}$");
    static final Set<String> CHANNELS = Set.of("whatsapp", "facebook", "x", "telegram", "email", "sms", "instagram", "tiktok",
            "linkedin", "qr", "copy", "search", "newsletter");
    private static final Set<String> NOT_AN_ORGANISATION = Set.of("new");

    private final ViewRecorder recorder;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ViewFilter(ViewRecorder recorder, Clock clock) {
        this.recorder = recorder;
        this.clock = clock;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod()) || request.getHeader("HX-Request") != null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Matcher page = PAGE.matcher(request.getRequestURI());
        if (!page.matches() || robot(request.getHeader("User-Agent"))) {
            chain.doFilter(request, response);
            return;
        }
        String type = page.group(1) != null ? page.group(1) : page.group(3);
        String target = page.group(1) != null ? page.group(2).toLowerCase(Locale.ROOT) : page.group(4);
        if (NOT_AN_ORGANISATION.contains(target)) {
            chain.doFilter(request, response);
            return;
        }
        String cookie = cookie(request);
        boolean returning = cookie != null;
        if (cookie == null) {
            byte[] bytes = new byte[16];
            random.nextBytes(bytes);
            cookie = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            response.addHeader("Set-Cookie", ResponseCookie.from(COOKIE, cookie).path("/").maxAge(365L * 24 * 3600).httpOnly(true)
                    .secure(request.isSecure()).sameSite("Lax").build().toString());
        }
        UUID member = member();
        chain.doFilter(request, response);
        if (response.getStatus() != 200) {
            return;
        }
        String ref = request.getParameter("ref");
        String channel = "direct";
        String ambassador = "";
        if (ref != null && REFERRAL.matcher(ref).matches()) {
            String lower = ref.toLowerCase(Locale.ROOT);
            if (CHANNELS.contains(lower)) {
                channel = lower;
            } else {
                channel = "ambassador";
                ambassador = lower;
            }
        }
        recorder.record(new ViewRecorder.View(clock.instant(), singular(type), target, cookie, returning, channel, ambassador, member));
    }

    static String singular(String path) {
        return switch (path) {
            case "campaigns" -> "campaign";
            case "opportunities" -> "opportunity";
            case "complaints" -> "complaint";
            default -> "organisation";
        };
    }

    private static @Nullable String cookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie c : cookies) {
                if (COOKIE.equals(c.getName()) && c.getValue() != null && COOKIE_VALUE.matcher(c.getValue()).matches()) {
                    return c.getValue();
                }
            }
        }
        return null;
    }

    private static @Nullable UUID member() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof CurrentMember m ? m.uuid() : null;
    }

    private static boolean robot(@Nullable String agent) {
        if (agent == null) {
            return false;
        }
        String a = agent.toLowerCase(Locale.ROOT);
        return a.contains("bot") || a.contains("crawler") || a.contains("spider");
    }
}
