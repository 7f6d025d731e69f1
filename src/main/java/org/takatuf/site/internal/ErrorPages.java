package org.takatuf.site.internal;

import java.util.Locale;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The last resort for errors that never reached a controller (404 of unknown paths, 403 from the
 * security layer, 500): a page in the reader's language, JSON under {@code /api/}.
 */
@Controller
class ErrorPages implements ErrorController {

    private final MessageSource messages;

    ErrorPages(MessageSource messages) {
        this.messages = messages;
    }

    @RequestMapping("/error")
    Object error(HttpServletRequest request, Locale locale) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        // /error opened directly (no error dispatch) is a page that does not exist, not a failure
        int status = code instanceof Integer i ? i : 404;
        HttpStatus httpStatus = HttpStatus.resolve(status) == null ? HttpStatus.INTERNAL_SERVER_ERROR : HttpStatus.resolve(status);
        String key = switch (status) {
            case 400, 401, 403, 404, 405, 409, 413, 415, 429 -> "error." + status;
            default -> "error.500";
        };
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        HttpServletRequest forUri = new jakarta.servlet.http.HttpServletRequestWrapper(request) {
            @Override
            public String getRequestURI() {
                return uri == null ? request.getRequestURI() : uri.toString();
            }
        };
        return ErrorHandling.answer(forUri, httpStatus, messages.getMessage(key, null, locale));
    }
}
