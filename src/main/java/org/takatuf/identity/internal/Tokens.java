package org.takatuf.identity.internal;

import java.security.SecureRandom;
import java.util.Base64;
import org.takatuf.core.Sha256;

/** Random secrets for links and API tokens; only their SHA-256 is stored. */
public final class Tokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Tokens() {
    }

    /** 256 bits, URL-safe. */
    public static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String hash(String secret) {
        return Sha256.hex(secret);
    }
}
