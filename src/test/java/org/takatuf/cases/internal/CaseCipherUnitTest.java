package org.takatuf.cases.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** Per-column AES-GCM of protected details and the handling of the key (docs/cases.md). */
class CaseCipherUnitTest {

    static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);

    static CaseCipher cipher(String key, boolean allowDevelopmentKey, Path dir) {
        return new CaseCipher(new CasesSettings(key, allowDevelopmentKey, Duration.ofDays(180), "0 30 3 * * *"), dir.toString());
    }

    @Test
    void valuesRoundTripAndCiphertextsDifferAndHideThePlaintext() throws Exception {
        CaseCipher cipher = cipher(KEY, false, Files.createTempDirectory("cases"));
        UUID id = UUID.randomUUID();
        String phone = "+961 70 123 456";
        byte[] a = cipher.encrypt(id, "phone", phone);
        byte[] b = cipher.encrypt(id, "phone", phone);
        assertThat(a).isNotEqualTo(b);
        assertThat(new String(a, StandardCharsets.ISO_8859_1)).doesNotContain("123");
        assertThat(cipher.decrypt(id, "phone", a)).isEqualTo(phone);
        assertThat(cipher.decrypt(id, "notes", cipher.encrypt(id, "notes", "الطفل مريض بالسكري"))).isEqualTo("الطفل مريض بالسكري");
        assertThat(cipher.encrypt(id, "phone", "  ")).isNull();
        assertThat(cipher.decrypt(id, "phone", null)).isNull();
    }

    @Test
    void aCiphertextMovedToAnotherRowOrColumnOrTamperedDoesNotOpen() throws Exception {
        CaseCipher cipher = cipher(KEY, false, Files.createTempDirectory("cases"));
        UUID id = UUID.randomUUID();
        byte[] sealed = cipher.encrypt(id, "phone", "+961 70 123 456");
        assertThatThrownBy(() -> cipher.decrypt(UUID.randomUUID(), "phone", sealed)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> cipher.decrypt(id, "address", sealed)).isInstanceOf(IllegalStateException.class);
        byte[] tampered = sealed.clone();
        tampered[tampered.length - 1] ^= 1;
        assertThatThrownBy(() -> cipher.decrypt(id, "phone", tampered)).isInstanceOf(IllegalStateException.class);
        CaseCipher other = cipher(Base64.getEncoder().encodeToString("another key of thirty-two bytes!".getBytes(StandardCharsets.US_ASCII)),
                false, Files.createTempDirectory("cases"));
        assertThatThrownBy(() -> other.decrypt(id, "phone", sealed)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void productionWithoutAKeyRefusesToStartAndDevelopmentMakesOneOnce() throws Exception {
        Path dir = Files.createTempDirectory("cases");
        assertThatThrownBy(() -> cipher("", false, dir)).hasMessageContaining("TAKATUF_CASES_ENCRYPTION_KEY");
        assertThatThrownBy(() -> cipher("c2hvcnQ=", false, dir)).hasMessageContaining("32 bytes");
        UUID id = UUID.randomUUID();
        byte[] sealed = cipher(null, true, dir).encrypt(id, "name", "سعاد");
        assertThat(dir.resolve("keys/cases-development.key")).exists();
        // the same development key again after a restart
        assertThat(cipher(null, true, dir).decrypt(id, "name", sealed)).isEqualTo("سعاد");
    }

    @Test
    void phonesWrittenDifferentlyHashAlike() throws Exception {
        CaseCipher cipher = cipher(KEY, false, Files.createTempDirectory("cases"));
        assertThat(cipher.phoneHash("+961 70 123 456")).isEqualTo(cipher.phoneHash("0096170123456"))
                .isEqualTo(cipher.phoneHash("٧٠ ١٢٣ ٤٥٦"));
        assertThat(cipher.phoneHash("+961 70 123 457")).isNotEqualTo(cipher.phoneHash("+961 70 123 456"));
        assertThat(cipher.phoneHash("12")).isNull();
    }
}
