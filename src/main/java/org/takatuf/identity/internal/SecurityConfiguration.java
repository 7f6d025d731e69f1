package org.takatuf.identity.internal;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.takatuf.identity.ApiTokenManagement;
import org.takatuf.identity.Members;
import org.takatuf.identity.Role;
import org.takatuf.identity.RouteSecurity;

/**
 * Sign-in with sessions and CSRF for pages, bearer tokens for {@code /api/}; throttled sign-in,
 * sign-up and password reset; a second factor for members who turned it on; security headers on
 * every response (ASVS 3.4); every route must be allowed by some module's {@link RouteSecurity},
 * anything unlisted is denied.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /**
     * Whether an account is suspended or not yet activated is only said after the right password:
     * the status checks run after the password check, so that they reveal nothing to a guesser.
     */
    @Bean
    AuthenticationProvider authenticationProvider(UserDetailsService users, PasswordEncoder passwords) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
        provider.setPasswordEncoder(passwords);
        provider.setPreAuthenticationChecks(user -> { });
        provider.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
        return provider;
    }

    @Bean
    SecurityContextRepository securityContextRepository() {
        return new DelegatingSecurityContextRepository(new RequestAttributeSecurityContextRepository(),
                new HttpSessionSecurityContextRepository());
    }

    @Bean
    SecurityFilterChain web(HttpSecurity http, List<RouteSecurity> modules,
            org.springframework.beans.factory.ObjectProvider<List<org.springframework.web.servlet.HandlerMapping>> handlerMappings, SignIns signIns, Throttle throttle,
                            Refusals refusals, ApiTokenManagement tokens, Members members, SecuritySettings settings, WriteLimiter writeLimiter,
                            SecurityContextRepository contexts) throws Exception {
        http.authorizeHttpRequests(routes -> {
            routes.requestMatchers("/css/**", "/js/**", "/img/**", "/fonts/**", "/webjars/**", "/favicon.ico",
                    "/manifest.webmanifest", "/robots.txt", "/error").permitAll();
            routes.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/prometheus",
                    "/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/**", "/api/docs", "/swagger-ui/**").permitAll();
            routes.requestMatchers("/signup", "/login", "/verify-email", "/forgot-password", "/reset-password",
                    "/login/totp").permitAll();
            routes.requestMatchers("/admin/**").hasAuthority(Role.ADMIN.authority());
            modules.forEach(module -> module.configure(routes));
            // unlisted: denied if a controller would serve it, otherwise let through to a plain 404
            routes.anyRequest().access(new UnmappedRequests(handlerMappings));
        });
        http.securityContext(context -> context.securityContextRepository(contexts));
        http.formLogin(form -> form.loginPage("/login").usernameParameter("email")
                .successHandler(signIns.successHandler()).failureHandler(signIns.failureHandler()).permitAll());
        http.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/?signedOut")
                .invalidateHttpSession(true).clearAuthentication(true)
                .deleteCookies(SessionConfiguration.SECURE_COOKIE, SessionConfiguration.PLAIN_COOKIE));
        LoginUrlAuthenticationEntryPoint signInPage = new LoginUrlAuthenticationEntryPoint("/login");
        http.exceptionHandling(errors -> errors.authenticationEntryPoint((request, response, e) -> {
            if (ThrottleFilter.path(request).startsWith("/api/")) {
                refusals.unauthorised(request, response, "error.401");
            } else {
                signInPage.commence(request, response, e);
            }
        }));
        http.addFilterBefore(new ThrottleFilter(throttle, refusals), UsernamePasswordAuthenticationFilter.class);
        http.addFilterBefore(new BearerTokenFilter(tokens, refusals), UsernamePasswordAuthenticationFilter.class);
        http.addFilterBefore(new SecondStepFilter(members, settings, refusals), AuthorizationFilter.class);
        http.addFilterBefore(new WriteThrottleFilter(writeLimiter, refusals), AuthorizationFilter.class);
        http.headers(headers -> {
            headers.defaultsDisabled();
            headers.addHeaderWriter(SecurityHeaders.WRITER);
        });
        http.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()));
        // CSRF is not asked of: API calls with a bearer token (no cookie is involved); payment-gateway
        // webhooks (no cookie and no token: the payload's signature authenticates them); and the RFC 8058
        // one-click unsubscribe that a mail client posts (the signed link is the proof, not a session)
        http.csrf(csrf -> csrf.ignoringRequestMatchers(request -> {
            String path = request.getRequestURI();
            return path.startsWith("/api/") && request.getHeader("Authorization") != null
                    || path.startsWith("/api/v1/payments/")
                    || path.equals("/notifications/one-click-unsubscribe");
        }));
        return http.build();
    }

    @Bean
    RouteSecurity identityRoutes() {
        return routes -> routes
                .requestMatchers(HttpMethod.GET, "/members/*", "/members/*/avatar").permitAll()
                .requestMatchers("/me", "/me/**", "/logout").authenticated()
                .requestMatchers(HttpMethod.GET, "/api/v1/me").authenticated();
    }
}
