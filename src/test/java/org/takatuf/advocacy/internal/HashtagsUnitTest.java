package org.takatuf.advocacy.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.takatuf.core.UserInputException;

class HashtagsUnitTest {

    @Test
    void keepsTheTagAsWrittenWithoutTheHashAndFoldsTheKey() {
        assertThat(Hashtags.clean("#كلنا_أكرم")).isEqualTo("كلنا_أكرم");
        assertThat(Hashtags.clean("  ＃Shams_stores ")).isEqualTo("Shams_stores");
        assertThat(Hashtags.key("كلنا_أكرم")).isEqualTo(Hashtags.key("كلنا_اكرم")).isEqualTo("كلنا_اكرم");
        assertThat(Hashtags.key("أمنية_أكرم٢٠١٧")).isEqualTo("امنيه_اكرم2017");
    }

    @Test
    void refusesSpacesPunctuationDigitsOnlyAndLength() {
        for (String bad : new String[] {"كلنا أكرم", "#", "أ", "٢٠١٧", "tag<script>", "x".repeat(51), "a#b", "تكاتف!"}) {
            assertThatThrownBy(() -> Hashtags.clean(bad)).as(bad).isInstanceOf(UserInputException.class);
        }
        assertThatThrownBy(() -> Hashtags.clean(null)).isInstanceOf(UserInputException.class);
    }
}
