package org.takatuf.giving.web;

import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.takatuf.giving.internal.Giving;
import org.takatuf.giving.internal.IdempotencyKeyReusedException;

/**
 * The two answers of the money endpoints that the site's error handling does not know: a reused
 * Idempotency-Key is a 422 (Stripe's contract); a pledge whose batch could not be written in time is a
 * 503 with {@code Retry-After} (the same key is safe to retry).
 */
@ControllerAdvice(basePackageClasses = GivingErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class GivingErrors {

    private final MessageSource messages;

    GivingErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(IdempotencyKeyReusedException.class)
    Object keyReused(IdempotencyKeyReusedException e, HttpServletRequest request, Locale locale) {
        return answer(request, HttpStatus.UNPROCESSABLE_CONTENT, messages.getMessage(e.messageKey(), null, locale), null);
    }

    @ExceptionHandler(Giving.WriteUnavailableException.class)
    Object unavailable(Giving.WriteUnavailableException e, HttpServletRequest request, Locale locale) {
        return answer(request, HttpStatus.SERVICE_UNAVAILABLE, messages.getMessage("giving.unavailable", null, locale), "2");
    }

    private static Object answer(HttpServletRequest request, HttpStatus status, String message, String retryAfter) {
        if (request.getRequestURI().startsWith("/api/")) {
            ResponseEntity.BodyBuilder builder = ResponseEntity.status(status);
            if (retryAfter != null) {
                builder.header("Retry-After", retryAfter);
            }
            return builder.body(Map.of("status", status.value(), "message", message));
        }
        ModelAndView page = new ModelAndView("site/error");
        page.setStatus(status);
        page.addObject("status", status.value());
        page.addObject("message", message);
        return page;
    }
}
