package org.takatuf.moderation.internal;

/** The member sent too many reports: 429 with {@code Retry-After}. */
public class TooManyReports extends RuntimeException {

    private final long retryAfterSeconds;

    TooManyReports(long retryAfterSeconds) {
        super("moderation.error.too-many", null, false, false);
        this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    public long retryAfterMinutes() {
        return Math.max(1, (retryAfterSeconds + 59) / 60);
    }
}
