package org.takatuf.site.internal;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Arabic first: Arabic unless the reader chose English ({@code ?lang=en}, remembered in a cookie and,
 * for members, in their profile) or their browser asks for English only.
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration implements WebMvcConfigurer {

    static final Locale ARABIC = Locale.forLanguageTag("ar");
    static final List<Locale> SUPPORTED = List.of(ARABIC, Locale.ENGLISH);

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("takatuf_lang");
        resolver.setDefaultLocale(ARABIC);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieSameSite("Lax");
        resolver.setDefaultLocaleFunction(request -> {
            Locale asked = request.getLocale();
            return asked != null && "en".equals(asked.getLanguage()) && request.getHeader("Accept-Language") != null
                    && !request.getHeader("Accept-Language").contains("ar") ? Locale.ENGLISH : ARABIC;
        });
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor() {
            @Override
            protected Locale parseLocaleValue(String value) {
                // only Arabic and English exist; anything else falls back to Arabic
                return "en".equalsIgnoreCase(value) ? Locale.ENGLISH : ARABIC;
            }
        };
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change);
    }
}
