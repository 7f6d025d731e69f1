package org.takatuf.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

import com.ibm.icu.text.MessageFormat;
import org.junit.jupiter.api.Test;

/** The account bundle exists in both languages with the same keys, and its ICU plurals format. */
class AccountMessagesUnitTest {

    static Properties load(String name) throws Exception {
        Properties properties = new Properties();
        try (var in = new InputStreamReader(AccountMessagesUnitTest.class.getResourceAsStream("/i18n/" + name),
                StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }

    @Test
    void arabicAndEnglishHaveTheSameKeys() throws Exception {
        assertThat(load("account_ar.properties").keySet()).isNotEmpty()
                .containsExactlyInAnyOrderElementsOf(load("account_en.properties").keySet());
    }

    @Test
    void arabicPluralsUseTheirOwnForms() throws Exception {
        Locale ar = Locale.forLanguageTag("ar");
        String pattern = load("account_ar.properties").getProperty("account.throttle.retry");
        assertThat(new MessageFormat(pattern, ar).format(new Object[] {1})).contains("دقيقة.");
        assertThat(new MessageFormat(pattern, ar).format(new Object[] {2})).contains("دقيقتين");
        assertThat(new MessageFormat(pattern, ar).format(new Object[] {5})).contains("دقائق");
        String tokens = load("account_ar.properties").getProperty("account.tokens.count");
        assertThat(new MessageFormat(tokens, ar).format(new Object[] {0})).isEqualTo("لا رموز فعّالة");
        assertThat(new MessageFormat(tokens, ar).format(new Object[] {2})).isEqualTo("رمزان فعّالان");
        String english = load("account_en.properties").getProperty("account.tokens.count");
        assertThat(new MessageFormat(english, Locale.ENGLISH).format(new Object[] {1})).isEqualTo("1 active token");
    }
}
