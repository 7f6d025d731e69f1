package org.takatuf.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;

import org.junit.jupiter.api.Test;

class MoneyUnitTest {

    @Test
    void eachCurrencyKeepsItsOwnMinorUnits() {
        assertThat(Money.of("12.5", "SAR").minorUnits()).isEqualTo(1250);
        assertThat(Money.of("12.5", "JOD").minorUnits()).isEqualTo(12500);
        assertThat(Money.of("0.125", "KWD").minorUnits()).isEqualTo(125);
        assertThat(Money.of("3.001", "BHD").minorUnits()).isEqualTo(3001);
        assertThat(Money.of("500", "EGP").minorUnits()).isEqualTo(50000);
    }

    @Test
    void readsArabicIndicDigitsAndSeparators() {
        assertThat(Money.of("١٢٣٫٥٠", "SAR")).isEqualTo(Money.ofMinor(12350, "SAR"));
        assertThat(Money.of("١٬٠٠٠", "JOD")).isEqualTo(Money.ofMinor(1_000_000, "JOD"));
        assertThat(Money.of("1,000.25", "USD")).isEqualTo(Money.ofMinor(100025, "USD"));
    }

    @Test
    void refusesWhatCannotBeMoney() {
        assertThatThrownBy(() -> Money.of("1.005", "SAR")).hasMessage("money.too-many-decimals");
        assertThatThrownBy(() -> Money.of("abc", "SAR")).hasMessage("money.invalid-amount");
        assertThatThrownBy(() -> Money.of("1", "XXZ")).hasMessage("money.unknown-currency");
        assertThatThrownBy(() -> Money.of("99999999999999999999999", "SAR")).hasMessage("money.invalid-amount");
    }

    @Test
    void arithmeticStaysInOneCurrency() {
        Money a = Money.of("1.250", "JOD");
        assertThat(a.plus(Money.of("0.750", "JOD"))).isEqualTo(Money.of("2", "JOD"));
        assertThat(a.minus(a).minorUnits()).isZero();
        assertThat(a.negate().minorUnits()).isEqualTo(-1250);
        assertThatThrownBy(() -> a.plus(Money.of("1", "SAR"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void formatsWithTheCurrencysDecimalsInBothLanguages() {
        assertThat(Money.of("12.5", "JOD").format(Locale.ENGLISH)).contains("12.500");
        assertThat(Money.of("12.5", "SAR").format(Locale.ENGLISH)).contains("12.50");
        // CLDR's preferred digits for plain "ar" are Western; a reader who asks for Arabic-Indic gets them
        assertThat(Money.of("12.5", "KWD").format(Locale.forLanguageTag("ar"))).contains("12.500").contains("د.ك");
        assertThat(Money.of("12.5", "KWD").format(Locale.forLanguageTag("ar-u-nu-arab"))).contains("١٢٫٥٠٠");
    }
}
