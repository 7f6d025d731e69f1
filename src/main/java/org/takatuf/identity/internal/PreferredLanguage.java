package org.takatuf.identity.internal;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.takatuf.identity.CurrentMember;
import org.takatuf.identity.MemberManagement;

/**
 * A signed-in member who switches language with {@code ?lang=} keeps that choice in the profile, so
 * it follows them to other devices (applied again at each sign-in).
 */
@Configuration(proxyBeanMethods = false)
class PreferredLanguage implements WebMvcConfigurer {

    private final MemberManagement members;

    PreferredLanguage(MemberManagement members) {
        this.members = members;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                String lang = request.getParameter("lang");
                Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
                if (lang != null && authentication != null && !SignIns.isPending(authentication)
                        && authentication.getPrincipal() instanceof CurrentMember member) {
                    members.changePreferredLocale(member.id(),
                            "en".equalsIgnoreCase(lang.trim()) ? Locale.ENGLISH : Locale.forLanguageTag("ar"));
                }
                return true;
            }
        });
    }
}
