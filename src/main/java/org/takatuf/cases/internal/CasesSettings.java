package org.takatuf.cases.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings {@code takatuf.cases.*}.
 *
 * @param encryptionKey        base64 of 32 random bytes (AES-256) that encrypts the protected details;
 *                             production must set its own ({@code TAKATUF_CASES_ENCRYPTION_KEY})
 * @param allowDevelopmentKey  when no key is set: true makes (once) a random development key in the data
 *                             directory and warns; false (the {@code postgres} profile) refuses to start
 * @param retention            how long after closing a case its details are kept before anonymisation
 * @param retentionCron        when the anonymisation runs
 */
@ConfigurationProperties("takatuf.cases")
public record CasesSettings(String encryptionKey, @DefaultValue("true") boolean allowDevelopmentKey,
                            @DefaultValue("P180D") Duration retention, @DefaultValue("0 30 3 * * *") String retentionCron) {
}
