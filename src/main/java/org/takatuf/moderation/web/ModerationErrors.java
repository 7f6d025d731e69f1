package org.takatuf.moderation.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.takatuf.core.i18n.Plurals;
import org.takatuf.moderation.internal.TooManyReports;

/** Too many reports: 429 with {@code Retry-After} and the wait in the reader's language. */
@ControllerAdvice(basePackageClasses = ModerationErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ModerationErrors {

    private final Plurals plurals;

    ModerationErrors(Plurals plurals) {
        this.plurals = plurals;
    }

    @ExceptionHandler(TooManyReports.class)
    ModelAndView tooMany(TooManyReports e, HttpServletResponse response, Locale locale) {
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()));
        ModelAndView page = new ModelAndView("site/error");
        page.setStatus(HttpStatus.TOO_MANY_REQUESTS);
        page.addObject("status", 429);
        page.addObject("message", plurals.message(e.getMessage(), locale, e.retryAfterMinutes()));
        return page;
    }
}
