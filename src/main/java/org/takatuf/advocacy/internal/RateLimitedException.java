package org.takatuf.advocacy.internal;

import java.time.Duration;

import org.takatuf.core.UserInputException;

/** Over a pile-on limit: answered with 429 and {@code Retry-After}. */
public class RateLimitedException extends UserInputException {

    private final transient Duration retryAfter;

    public RateLimitedException(String messageKey, Duration retryAfter) {
        super(messageKey);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
