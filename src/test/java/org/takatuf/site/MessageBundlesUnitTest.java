package org.takatuf.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.ULocale;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Arabic and English are both complete: every key exists in both languages, no value is empty, every
 * value is a valid message pattern, and plural messages give Arabic all of its six forms.
 */
class MessageBundlesUnitTest {

    @Test
    void everyKeyExistsInArabicAndEnglish() throws IOException {
        List<String> problems = new ArrayList<>();
        for (String basename : basenames()) {
            Properties ar = load(basename + "_ar.properties");
            Properties en = load(basename + "_en.properties");
            Set<String> onlyAr = new TreeSet<>(ar.stringPropertyNames());
            onlyAr.removeAll(en.stringPropertyNames());
            Set<String> onlyEn = new TreeSet<>(en.stringPropertyNames());
            onlyEn.removeAll(ar.stringPropertyNames());
            onlyAr.forEach(k -> problems.add(basename + ": '" + k + "' has no English text"));
            onlyEn.forEach(k -> problems.add(basename + ": '" + k + "' has no Arabic text"));
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void valuesAreNonEmptyAndValidPatterns() throws IOException {
        List<String> problems = new ArrayList<>();
        for (String basename : basenames()) {
            for (String lang : List.of("ar", "en")) {
                Properties bundle = load(basename + "_" + lang + ".properties");
                for (String key : bundle.stringPropertyNames()) {
                    String value = bundle.getProperty(key);
                    if (value.isBlank()) {
                        problems.add(basename + "_" + lang + ": '" + key + "' is empty");
                        continue;
                    }
                    try {
                        new MessageFormat(value, Locale.forLanguageTag(lang));
                    } catch (IllegalArgumentException e) {
                        problems.add(basename + "_" + lang + ": '" + key + "' is not a valid pattern: " + e.getMessage());
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void arabicPluralMessagesHaveAllSixForms() throws IOException {
        Set<String> arabicForms = PluralRules.forLocale(ULocale.forLanguageTag("ar")).getKeywords();
        assertThat(arabicForms).containsExactlyInAnyOrder("zero", "one", "two", "few", "many", "other");
        List<String> problems = new ArrayList<>();
        for (String basename : basenames()) {
            Properties ar = load(basename + "_ar.properties");
            for (String key : ar.stringPropertyNames()) {
                String value = ar.getProperty(key);
                if (value.contains(", plural,")) {
                    for (String form : arabicForms) {
                        if (!value.matches("(?s).*\\b" + form + "\\s*\\{.*")) {
                            problems.add(basename + "_ar: '" + key + "' lacks the plural form '" + form + "'");
                        }
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void arabicPluralsReadNaturally() throws IOException {
        Properties site = load("site_ar.properties");
        MessageFormat members = new MessageFormat(site.getProperty("home.stats.members"), Locale.forLanguageTag("ar"));
        assertThat(members.format(new Object[] {2})).isEqualTo("عضوان");
        assertThat(members.format(new Object[] {3})).isEqualTo("أعضاء");
        assertThat(members.format(new Object[] {11})).isEqualTo("عضوًا");
        assertThat(members.format(new Object[] {100})).isEqualTo("عضو");
    }

    static Set<String> basenames() throws IOException {
        Set<String> names = new TreeSet<>();
        for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*_ar.properties")) {
            names.add(resource.getFilename().replace("_ar.properties", ""));
        }
        for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*_en.properties")) {
            names.add(resource.getFilename().replace("_en.properties", ""));
        }
        assertThat(names).contains("messages", "site", "identity");
        return names;
    }

    static Properties load(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesUnitTest.class.getResourceAsStream("/i18n/" + file)) {
            if (in != null) {
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        }
        return properties;
    }
}
