package org.takatuf.core.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class DatesUnitTest {

    private static final Locale ARABIC = Locale.forLanguageTag("ar");

    @Test
    void ummAlQuraHijriDates() {
        // 1 Ramadan 1447 AH (Umm al-Qura) is 18 February 2026
        assertThat(Dates.hijri(LocalDate.of(2026, 2, 18), Locale.ENGLISH)).contains("Ramadan").contains("1447");
        assertThat(Dates.hijri(LocalDate.of(2026, 2, 18), ARABIC)).isEqualTo("1 رمضان 1447 هـ");
        assertThat(Dates.hijri(LocalDate.of(2026, 2, 18), Locale.forLanguageTag("ar-u-nu-arab"))).contains("١٤٤٧");
    }

    @Test
    void gregorianBesideHijriInTheReadersLanguage() {
        String arabic = Dates.both(LocalDate.of(2026, 11, 22), ARABIC);
        assertThat(arabic).isEqualTo("22 نوفمبر 2026 · 12 جمادى الآخرة 1448 هـ");
        String english = Dates.both(LocalDate.of(2026, 11, 22), Locale.ENGLISH);
        assertThat(english).contains("November 22, 2026").contains("1448");
    }
}
