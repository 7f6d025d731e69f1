package org.takatuf.support;

import java.util.concurrent.ThreadLocalRandom;

/** Unique values, so that tests can share one database (CI's external-PostgreSQL pass). */
public final class TestData {

    private TestData() {
    }

    public static String email(String who) {
        return who + "-" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36) + "@example.org";
    }

    public static String suffix() {
        return Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
    }

    /** Passes the password policy. */
    public static final String PASSWORD = "takatuf-test-password-2026";
}
