package org.takatuf.cases.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.takatuf.core.Sha256;

/**
 * Per-column encryption of a case's protected details with AES-256-GCM from the JDK. Each value gets
 * a fresh 96-bit nonce; the associated data is the case id and the column name, so a ciphertext copied
 * into another row or column does not open. Layout: version byte (1), nonce (12 bytes), ciphertext
 * with its 128-bit tag.
 * <p>
 * The key is {@code takatuf.cases.encryption-key}. Without it, and only when
 * {@code takatuf.cases.allow-development-key} is true (the embedded default and the tests), a random
 * key is made once in {@code <data-dir>/keys/cases-development.key} and a warning is logged; the
 * {@code postgres} profile refuses to start without a key of its own.
 */
@Component
public class CaseCipher {

    private static final Logger log = LoggerFactory.getLogger(CaseCipher.class);
    private static final byte VERSION = 1;
    private static final int NONCE_BYTES = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;
    private final SecretKeySpec hashKey;

    CaseCipher(CasesSettings settings, @Value("${takatuf.data-dir}") String dataDir) {
        byte[] raw = keyBytes(settings, Path.of(dataDir));
        this.key = new SecretKeySpec(raw, "AES");
        this.hashKey = new SecretKeySpec(Sha256.of(("takatuf-cases-phone-hash:" + Base64.getEncoder().encodeToString(raw))
                .getBytes(StandardCharsets.UTF_8)), "HmacSHA256");
    }

    static byte[] keyBytes(CasesSettings settings, Path dataDir) {
        String configured = settings.encryptionKey();
        if (configured != null && !configured.isBlank()) {
            byte[] raw;
            try {
                raw = Base64.getDecoder().decode(configured.strip());
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("takatuf.cases.encryption-key is not base64");
            }
            if (raw.length != 32) {
                throw new IllegalStateException("takatuf.cases.encryption-key must be 32 bytes (base64 of 32 random bytes)");
            }
            return raw;
        }
        if (!settings.allowDevelopmentKey()) {
            throw new IllegalStateException("takatuf.cases.encryption-key (TAKATUF_CASES_ENCRYPTION_KEY) is not set: "
                    + "production needs its own key, e.g. `openssl rand -base64 32`");
        }
        Path file = dataDir.resolve("keys").resolve("cases-development.key");
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.getParent());
                byte[] fresh = new byte[32];
                RANDOM.nextBytes(fresh);
                Files.writeString(file, Base64.getEncoder().encodeToString(fresh));
            }
            log.warn("Cases: protected details are encrypted with the DEVELOPMENT key in {}; "
                    + "set takatuf.cases.encryption-key (TAKATUF_CASES_ENCRYPTION_KEY) in production", file);
            return Base64.getDecoder().decode(Files.readString(file).strip());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or write the development key " + file, e);
        }
    }

    /** Null for a blank value: nothing is stored. */
    public byte[] encrypt(UUID caseId, String column, String plain) {
        if (plain == null || plain.isBlank()) {
            return null;
        }
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
            cipher.updateAAD(aad(caseId, column));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.allocate(1 + NONCE_BYTES + sealed.length).put(VERSION).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Encryption failed", e);
        }
    }

    public String decrypt(UUID caseId, String column, byte[] stored) {
        if (stored == null) {
            return null;
        }
        if (stored.length < 1 + NONCE_BYTES + 16 || stored[0] != VERSION) {
            throw new IllegalStateException("Unknown ciphertext format");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, stored, 1, NONCE_BYTES));
            cipher.updateAAD(aad(caseId, column));
            return new String(cipher.doFinal(stored, 1 + NONCE_BYTES, stored.length - 1 - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            // a wrong key or a ciphertext moved to another row or column
            throw new IllegalStateException("A protected detail could not be decrypted (wrong key or tampered value)");
        }
    }

    /** A keyed hash of a normalised phone number (digits only, last 8: the local number without country or trunk prefix), to find duplicates without decrypting. */
    public String phoneHash(String phone) {
        String digits = normalisedPhone(phone);
        if (digits == null) {
            return null;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(hashKey);
            return HexFormat.of().formatHex(mac.doFinal(digits.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Hashing failed", e);
        }
    }

    static String normalisedPhone(String phone) {
        if (phone == null) {
            return null;
        }
        StringBuilder digits = new StringBuilder();
        phone.codePoints().filter(Character::isDigit).forEach(c -> digits.append(Character.getNumericValue(c)));
        if (digits.length() < 6) {
            return null;
        }
        return digits.length() > 8 ? digits.substring(digits.length() - 8) : digits.toString();
    }

    private static byte[] aad(UUID caseId, String column) {
        return (caseId + ":" + column).getBytes(StandardCharsets.UTF_8);
    }
}
