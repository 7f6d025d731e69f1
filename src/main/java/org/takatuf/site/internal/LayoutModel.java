package org.takatuf.site.internal;

import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** What the shared layout needs on every page: direction, language and the other language's link. */
@ControllerAdvice
class LayoutModel {

    @ModelAttribute("lang")
    String lang() {
        return LocaleContextHolder.getLocale().getLanguage().equals("en") ? "en" : "ar";
    }

    @ModelAttribute("dir")
    String dir() {
        return lang().equals("ar") ? "rtl" : "ltr";
    }

    @ModelAttribute("otherLangUrl")
    String otherLangUrl() {
        Locale other = lang().equals("ar") ? Locale.ENGLISH : LocaleConfiguration.ARABIC;
        try {
            return ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("lang", other.getLanguage())
                    .replaceQueryParam("continue").build().toUriString().replaceFirst("^https?://[^/]+", "");
        } catch (IllegalStateException | IllegalArgumentException e) {
            return "/?lang=" + other.getLanguage();
        }
    }
}
