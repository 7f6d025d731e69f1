package org.takatuf.exchange.internal;

/** A limit of the exchange was reached (429 with {@code Retry-After}); the message is a key with the wait in minutes. */
public class TooManyRequests extends RuntimeException {

    private final long retryAfterSeconds;

    TooManyRequests(String messageKey, long retryAfterSeconds) {
        super(messageKey, null, false, false);
        this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
    }

    public String messageKey() {
        return getMessage();
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    public long retryAfterMinutes() {
        return Math.max(1, (retryAfterSeconds + 59) / 60);
    }
}
