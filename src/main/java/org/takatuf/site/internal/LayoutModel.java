package org.takatuf.site.internal;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.takatuf.core.SiteLinks;

/**
 * What the shared layout needs on every page: direction, language, the other language's link, and the page's
 * own public address (for the default share card of pages that set no {@code og} of their own).
 */
@ControllerAdvice
class LayoutModel {

    private final SiteLinks links;

    LayoutModel(SiteLinks links) {
        this.links = links;
    }

    /** JSON answers render no layout: the API path (the pledge benchmark's) skips this work. */
    private static boolean api(HttpServletRequest request) {
        return request.getRequestURI().startsWith("/api/");
    }

    @ModelAttribute("pageUrl")
    String pageUrl(HttpServletRequest request) {
        return api(request) ? null : links.link(request.getRequestURI());
    }

    @ModelAttribute("lang")
    String lang() {
        return LocaleContextHolder.getLocale().getLanguage().equals("en") ? "en" : "ar";
    }

    @ModelAttribute("dir")
    String dir() {
        return lang().equals("ar") ? "rtl" : "ltr";
    }

    @ModelAttribute("otherLangUrl")
    String otherLangUrl(HttpServletRequest request) {
        if (api(request)) {
            return null;
        }
        Locale other = lang().equals("ar") ? Locale.ENGLISH : LocaleConfiguration.ARABIC;
        try {
            return ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("lang", other.getLanguage())
                    .replaceQueryParam("continue").build().toUriString().replaceFirst("^https?://[^/]+", "");
        } catch (IllegalStateException | IllegalArgumentException e) {
            return "/?lang=" + other.getLanguage();
        }
    }
}
