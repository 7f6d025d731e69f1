package org.takatuf.identity.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;
import org.springframework.web.util.UriComponentsBuilder;
import org.takatuf.core.i18n.Plurals;

/**
 * Answers that security filters give before any controller runs (too many attempts, a missing or
 * bad API token): the error page in the reader's language, or JSON under {@code /api/}.
 */
@Component
public class Refusals {

    private final MessageSource messages;
    private final Plurals plurals;
    private final LocaleResolver locales;
    private final ViewResolver views;

    Refusals(MessageSource messages, Plurals plurals, LocaleResolver locales,
             @org.springframework.beans.factory.annotation.Qualifier("thymeleafViewResolver") ViewResolver views) {
        this.messages = messages;
        this.plurals = plurals;
        this.locales = locales;
        this.views = views;
    }

    /** 429 with {@code Retry-After}. */
    public void tooManyAttempts(HttpServletRequest request, HttpServletResponse response, Throttle.Wait wait)
            throws IOException, ServletException {
        Locale locale = locale(request);
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(wait.seconds()));
        String message = messages.getMessage("error.429", null, locale) + " "
                + plurals.format("account.throttle.retry", locale, wait.minutes());
        answer(request, response, HttpStatus.TOO_MANY_REQUESTS, message, locale);
    }

    /** 401 for an API request without valid credentials. */
    public void unauthorised(HttpServletRequest request, HttpServletResponse response, String key)
            throws IOException, ServletException {
        Locale locale = locale(request);
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        answer(request, response, HttpStatus.UNAUTHORIZED, messages.getMessage(key, null, locale), locale);
    }

    /** The reader's language: {@code ?lang=} first, then what the site's locale resolver remembers. */
    public Locale locale(HttpServletRequest request) {
        String lang = request.getParameter("lang");
        if (lang != null) {
            return "en".equalsIgnoreCase(lang) ? Locale.ENGLISH : Locale.forLanguageTag("ar");
        }
        Locale resolved = locales.resolveLocale(request);
        return "en".equals(resolved.getLanguage()) ? Locale.ENGLISH : Locale.forLanguageTag("ar");
    }

    private void answer(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String message,
                        Locale locale) throws IOException, ServletException {
        response.setStatus(status.value());
        if (request.getRequestURI().startsWith("/api/")) {
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write("{\"status\":" + status.value() + ",\"message\":\"" + json(message) + "\"}");
            return;
        }
        // the site's error page, rendered here because no controller runs for this request
        request.setAttribute(DispatcherServlet.LOCALE_RESOLVER_ATTRIBUTE, locales);
        Locale previous = LocaleContextHolder.getLocale();
        LocaleContextHolder.setLocale(locale);
        try {
            View view = views.resolveViewName("site/error", locale);
            if (view == null) {
                response.sendError(status.value());
                return;
            }
            Map<String, Object> model = new HashMap<>();
            boolean english = "en".equals(locale.getLanguage());
            model.put("lang", english ? "en" : "ar");
            model.put("dir", english ? "ltr" : "rtl");
            model.put("otherLangUrl", UriComponentsBuilder.fromPath(request.getRequestURI())
                    .queryParam("lang", english ? "ar" : "en").build().toUriString());
            model.put("status", status.value());
            model.put("message", message);
            response.setContentType(MediaType.TEXT_HTML_VALUE + ";charset=UTF-8");
            view.render(model, request, response);
        } catch (Exception e) {
            if (e instanceof IOException io) {
                throw io;
            }
            throw new ServletException(e);
        } finally {
            LocaleContextHolder.setLocale(previous);
        }
    }

    static String json(String s) {
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20 || c == '<' || c == '>' || c == '&') {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }
}
