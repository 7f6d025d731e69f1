package org.takatuf.core;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 fingerprints: of stored secrets (API tokens, links, claim codes), of idempotent requests, of audit entries.
 * Each call clones one prototype digest: {@link MessageDigest#getInstance(String)} looks the algorithm up among the
 * security providers and checks the crypto constraints on every call, which was a visible part of the pledge path's
 * CPU, where two fingerprints are taken per pledge (the API token and the request).
 */
public final class Sha256 {

    private static final MessageDigest PROTOTYPE = create();

    private Sha256() {
    }

    /** A new digest for fingerprints fed piece by piece. */
    public static MessageDigest digest() {
        try {
            return (MessageDigest) PROTOTYPE.clone();
        } catch (CloneNotSupportedException e) {
            return create();
        }
    }

    /** The 32 bytes of the fingerprint. */
    public static byte[] of(byte[] bytes) {
        return digest().digest(bytes);
    }

    /** The fingerprint of the text's UTF-8 bytes, as 64 lower-case hex digits. */
    public static String hex(String text) {
        return HexFormat.of().formatHex(of(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static MessageDigest create() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
