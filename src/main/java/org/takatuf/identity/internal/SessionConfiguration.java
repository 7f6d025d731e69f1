package org.takatuf.identity.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.config.annotation.web.http.EnableJdbcHttpSession;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;

/**
 * Sessions live in PostgreSQL (Spring Session JDBC), so that any node serves any request and an
 * account's sessions can be ended on the server. The cookie is {@code __Host-} prefixed, Secure,
 * HttpOnly and SameSite=Lax (ASVS 3.3). Browsers treat http://localhost as a secure context, so the
 * Secure cookie also works on the embedded default; {@code takatuf.session.secure-cookie=false}
 * turns it off for plain-HTTP hosts other than localhost.
 */
@Configuration(proxyBeanMethods = false)
@EnableJdbcHttpSession(maxInactiveIntervalInSeconds = 8 * 60 * 60)
class SessionConfiguration {

    static final String SECURE_COOKIE = "__Host-TAKATUF_SESSION";
    static final String PLAIN_COOKIE = "TAKATUF_SESSION";

    record SessionProperties(boolean secureCookie) {
    }

    @Bean
    SessionProperties sessionProperties(org.springframework.core.env.Environment environment) {
        return new SessionProperties(environment.getProperty("takatuf.session.secure-cookie", Boolean.class, true));
    }

    @Bean
    CookieSerializer cookieSerializer(SessionProperties properties) {
        DefaultCookieSerializer serializer = new DefaultCookieSerializer();
        serializer.setCookieName(properties.secureCookie() ? SECURE_COOKIE : PLAIN_COOKIE);
        serializer.setUseSecureCookie(properties.secureCookie());
        serializer.setUseHttpOnlyCookie(true);
        serializer.setSameSite("Lax");
        serializer.setCookiePath("/");
        return serializer;
    }
}
