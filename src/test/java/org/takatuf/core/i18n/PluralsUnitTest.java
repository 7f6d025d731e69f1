package org.takatuf.core.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

class PluralsUnitTest {

    private final Plurals plurals;

    PluralsUnitTest() {
        StaticMessageSource messages = new StaticMessageSource();
        Locale ar = Locale.forLanguageTag("ar");
        messages.addMessage("hours", ar, "اعتُمدت {0, plural, zero {لا ساعات} one {ساعة واحدة} two {ساعتان} few {# ساعات} many {# ساعة} other {# ساعة}}");
        messages.addMessage("plain", ar, "مرحبًا {0}");
        plurals = new Plurals(messages);
    }

    @Test
    void arabicFormsFromNumbersAndFromStoredText() {
        Locale ar = Locale.forLanguageTag("ar");
        assertThat(plurals.message("hours", ar, 2)).isEqualTo("اعتُمدت ساعتان");
        assertThat(plurals.message("hours", ar, "2")).isEqualTo("اعتُمدت ساعتان");
        assertThat(plurals.message("hours", ar, "1")).isEqualTo("اعتُمدت ساعة واحدة");
        assertThat(plurals.message("hours", ar, "3")).isEqualTo("اعتُمدت 3 ساعات");
        assertThat(plurals.message("hours", ar, "11")).isEqualTo("اعتُمدت 11 ساعة");
        assertThat(plurals.message("hours", ar, "2.5")).isEqualTo("اعتُمدت 2.5 ساعة");
        assertThat(plurals.message("plain", ar, "ليلى")).isEqualTo("مرحبًا ليلى");
        Object[] stored = new String[] {"2"}; // notices keep their arguments as text
        assertThat(plurals.message("hours", ar, stored)).isEqualTo("اعتُمدت ساعتان");
    }
}
