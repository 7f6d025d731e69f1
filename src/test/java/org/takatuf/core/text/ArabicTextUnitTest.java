package org.takatuf.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArabicTextUnitTest {

    @Test
    void hamzaAndMaddaFormsOfAlefAreOne() {
        assertThat(ArabicText.fold("أكرم")).isEqualTo(ArabicText.fold("اكرم"));
        assertThat(ArabicText.fold("إسلام")).isEqualTo("اسلام");
        assertThat(ArabicText.fold("آمنة")).isEqualTo(ArabicText.fold("امنه"));
    }

    @Test
    void taMarbutaAlefMaqsuraDiacriticsAndTatweelDoNotMatter() {
        assertThat(ArabicText.fold("جمعية")).isEqualTo(ArabicText.fold("جمعيه"));
        assertThat(ArabicText.fold("مستشفى")).isEqualTo(ArabicText.fold("مستشفي"));
        assertThat(ArabicText.fold("مُتَطَوِّع")).isEqualTo("متطوع");
        assertThat(ArabicText.fold("تكــــاتف")).isEqualTo("تكاتف");
    }

    @Test
    void arabicIndicDigitsBecomeWesternAndLatinIsLowerCased() {
        assertThat(ArabicText.fold("رمضان٢٠٢٦")).isEqualTo("رمضان2026");
        assertThat(ArabicText.fold("۱۲۳")).isEqualTo("123");
        assertThat(ArabicText.fold("Cairo Runners")).isEqualTo("cairo runners");
    }

    @Test
    void westernDigitsChangesOnlyDigits() {
        assertThat(ArabicText.westernDigits("TK-٢٣٤٥-أبجد ۶۷۸۹ ١٠")).isEqualTo("TK-2345-أبجد 6789 10");
        assertThat(ArabicText.westernDigits("إحسان 😀 Ab")).isEqualTo("إحسان 😀 Ab");
        assertThat(ArabicText.westernDigits("")).isEmpty();
    }

    @Test
    void detectsArabic() {
        assertThat(ArabicText.hasArabic("Takatuf تكاتف")).isTrue();
        assertThat(ArabicText.hasArabic("Takatuf")).isFalse();
        assertThat(ArabicText.fold(null)).isEmpty();
    }
}
