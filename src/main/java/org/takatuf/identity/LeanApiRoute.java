package org.takatuf.identity;

import java.io.IOException;
import java.util.Locale;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * An API route that is also answered in the <em>lean lane</em>: before Spring Security's filter chain and Spring
 * MVC, for a hot path that a viral moment sends thousands of calls a second to (the pledge API; docs/decisions.md,
 * "The pledge API's lean lane"). The lane takes a call only in the ordinary case: a valid bearer token of a member
 * with no privileged role, a JSON body of a declared small length. It authenticates the call, counts it against the
 * same write limits as the security chain, writes the same security headers, and hands it here. Any other call
 * goes through the full stack, where the route's controller must give the same answers: a module that declares a
 * lean route keeps one implementation behind both.
 */
public interface LeanApiRoute {

    /** The route as documented, e.g. {@code POST /api/v1/campaigns/{id}/pledges}: the tag of the lane's metrics. */
    String name();

    /** Whether this route answers the method and path (the path without query). */
    boolean answers(String method, String path);

    /** Answers an authenticated call within its write limits; the security headers are already written. */
    void answer(Call call) throws IOException;

    /**
     * One call: the authenticated member, the reader's language (resolved when asked: only a refusal has text), the
     * body as sent (at most {@link #MAX_BODY} bytes), and the exchange to answer on.
     */
    record Call(CurrentMember member, Supplier<Locale> language, byte[] body, HttpServletRequest request,
                HttpServletResponse response) {

        public Locale locale() {
            return language.get();
        }
    }

    /** The largest body the lane reads; a larger or chunked one goes through the full stack. */
    int MAX_BODY = 16 * 1024;
}
