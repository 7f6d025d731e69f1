package org.takatuf.site.internal;

import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.takatuf.core.ConflictException;
import org.takatuf.core.NotFoundException;
import org.takatuf.core.UserInputException;

/**
 * Turns failures into a page (or JSON under {@code /api/}) in the reader's language with the right
 * 4xx status. Nothing about the code's inside (stack traces, exception names) is ever shown.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ErrorHandling {

    private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);

    private final MessageSource messages;

    ErrorHandling(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(ConflictException.class)
    Object conflict(ConflictException e, HttpServletRequest request, Locale locale) {
        return answer(request, HttpStatus.CONFLICT, text(e.messageKey(), e.arguments(), locale));
    }

    @ExceptionHandler(UserInputException.class)
    Object badInput(UserInputException e, HttpServletRequest request, Locale locale) {
        return answer(request, HttpStatus.BAD_REQUEST, text(e.messageKey(), e.arguments(), locale));
    }

    @ExceptionHandler({NotFoundException.class, NoResourceFoundException.class})
    Object notFound(Exception e, HttpServletRequest request, Locale locale) {
        return answer(request, HttpStatus.NOT_FOUND, text("error.404", null, locale));
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class,
            HttpMessageNotReadableException.class, IllegalArgumentException.class})
    Object malformed(Exception e, HttpServletRequest request, Locale locale) {
        return answer(request, HttpStatus.BAD_REQUEST, text("error.400", null, locale));
    }

    @ExceptionHandler({MaxUploadSizeExceededException.class, MultipartException.class})
    Object tooLarge(Exception e, HttpServletRequest request, Locale locale) {
        return answer(request, HttpStatus.PAYLOAD_TOO_LARGE, text("upload.too-large", new Object[] {5}, locale));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    Object method(Exception e, HttpServletRequest request, Locale locale) {
        return answer(request, HttpStatus.METHOD_NOT_ALLOWED, text("error.405", null, locale));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    Object mediaType(Exception e, HttpServletRequest request, Locale locale) {
        return answer(request, HttpStatus.UNSUPPORTED_MEDIA_TYPE, text("error.415", null, locale));
    }

    @ExceptionHandler(AccessDeniedException.class)
    Object denied(AccessDeniedException e) {
        throw e; // the security filter chain turns it into a sign-in redirect or a 403
    }

    @ExceptionHandler(IllegalStateException.class)
    Object illegalState(IllegalStateException e, HttpServletRequest request, Locale locale) {
        // a guarded state change refused (e.g. verifying twice): the request clashes with the current state
        log.info("Refused state change on {}: {}", request.getRequestURI(), e.getMessage());
        return answer(request, HttpStatus.CONFLICT, text("error.409", null, locale));
    }

    private String text(String key, Object[] args, Locale locale) {
        try {
            return messages.getMessage(key, args, locale);
        } catch (NoSuchMessageException e) {
            log.warn("Missing message key {}", key);
            return messages.getMessage("error.400", null, locale);
        }
    }

    static Object answer(HttpServletRequest request, HttpStatus status, String message) {
        if (request.getRequestURI().startsWith("/api/")) {
            return ResponseEntity.status(status).body(Map.of("status", status.value(), "message", message));
        }
        ModelAndView page = new ModelAndView("site/error");
        page.setStatus(status);
        page.addObject("status", status.value());
        page.addObject("message", message);
        return page;
    }

}
