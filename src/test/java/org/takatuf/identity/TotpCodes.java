package org.takatuf.identity;

import java.time.Instant;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;

/** What an authenticator app shows: the code of the current 30-second step, or of a neighbouring one. */
final class TotpCodes {

    private TotpCodes() {
    }

    static String code(String secret, int stepsFromNow) {
        return codeAt(secret, step() + stepsFromNow);
    }

    /** The current 30-second step: a test that reuses a code must name its step, or a step boundary changes the code. */
    static long step() {
        return Instant.now().getEpochSecond() / 30;
    }

    static String codeAt(String secret, long step) {
        try {
            return new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6).generate(secret, step);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A six-digit code that is none of the three currently accepted. */
    static String wrong(String secret) {
        String candidate = "000000";
        for (int i = 0; i < 1_000_000; i++) {
            candidate = String.format("%06d", (i * 7919) % 1_000_000);
            if (!candidate.equals(code(secret, -1)) && !candidate.equals(code(secret, 0)) && !candidate.equals(code(secret, 1))) {
                return candidate;
            }
        }
        return candidate;
    }
}
