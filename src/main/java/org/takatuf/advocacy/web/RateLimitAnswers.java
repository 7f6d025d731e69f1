package org.takatuf.advocacy.web;

import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.takatuf.advocacy.internal.RateLimitedException;

/** A pile-on limit answers 429 with {@code Retry-After} (whole seconds) and the reason in the reader's language. */
@ControllerAdvice(basePackageClasses = RateLimitAnswers.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class RateLimitAnswers {

    private final MessageSource messages;

    RateLimitAnswers(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(RateLimitedException.class)
    Object limited(RateLimitedException e, HttpServletRequest request, HttpServletResponse response, Locale locale) {
        long seconds = Math.max(1, e.retryAfter().toSeconds());
        String message = messages.getMessage(e.messageKey(), e.arguments(), locale);
        if (request.getRequestURI().startsWith("/api/")) {
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).header("Retry-After", String.valueOf(seconds))
                    .body(Map.of("status", 429, "message", message));
        }
        response.setHeader("Retry-After", String.valueOf(seconds));
        ModelAndView page = new ModelAndView("site/error");
        page.setStatus(HttpStatus.TOO_MANY_REQUESTS);
        page.addObject("status", 429);
        page.addObject("message", message);
        return page;
    }
}
