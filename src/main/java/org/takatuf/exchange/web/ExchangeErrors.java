package org.takatuf.exchange.web;

import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.takatuf.core.i18n.Plurals;
import org.takatuf.exchange.internal.TooManyRequests;

/** A limit of the exchange reached: 429 with {@code Retry-After} and a message in the reader's language. */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ExchangeErrors {

    private final Plurals plurals;

    ExchangeErrors(Plurals plurals) {
        this.plurals = plurals;
    }

    @ExceptionHandler(TooManyRequests.class)
    Object tooMany(TooManyRequests e, HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response, Locale locale) {
        String message = plurals.message(e.messageKey(), locale, e.retryAfterMinutes());
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()));
        if (request.getRequestURI().startsWith("/api/")) {
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()))
                    .body(Map.of("status", 429, "message", message));
        }
        ModelAndView page = new ModelAndView("site/error");
        page.setStatus(HttpStatus.TOO_MANY_REQUESTS);
        page.addObject("status", 429);
        page.addObject("message", message);
        return page;
    }
}
