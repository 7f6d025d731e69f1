package org.takatuf.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.takatuf.core.i18n.BidiHelper;

class BidiUnitTest {

    @Test
    void nullAndEmptyStayEmpty() {
        assertThat(Bidi.isolate(null)).isEmpty();
        assertThat(Bidi.isolate("")).isEmpty();
        assertThat(new BidiHelper().isolate(null)).isEmpty();
    }

    @Test
    void arabicAndLatinValuesAreWrappedInFirstStrongIsolate() {
        assertThat(Bidi.isolate("حملة الشتاء")).isEqualTo("\u2068حملة الشتاء\u2069");
        assertThat(Bidi.isolate("Akram 2026!")).isEqualTo("\u2068Akram 2026!\u2069");
        assertThat(new BidiHelper().isolate("Winter drive")).isEqualTo("\u2068Winter drive\u2069");
    }

    @Test
    void otherValuesUseTheirText() {
        assertThat(Bidi.isolate(42)).isEqualTo("\u206842\u2069");
    }
}
