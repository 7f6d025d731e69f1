package org.takatuf.volunteering.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import org.junit.jupiter.api.Test;
import org.takatuf.volunteering.ActivityType;

/** Every volunteering text exists in Arabic and English, and every key a template names exists. */
class VolunteeringMessagesUnitTest {

    static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (var in = new InputStreamReader(VolunteeringMessagesUnitTest.class.getResourceAsStream("/i18n/" + name), StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }

    @Test
    void arabicAndEnglishHaveTheSameKeys() throws IOException {
        assertThat(load("volunteering_en.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load("volunteering_ar.properties").stringPropertyNames());
    }

    @Test
    void everyActivityCityAndLanguageHasALabel() throws IOException {
        Properties ar = load("volunteering_ar.properties");
        for (ActivityType t : ActivityType.values()) {
            assertThat(ar).containsKey(t.messageKey());
        }
        for (City c : City.values()) {
            assertThat(ar).containsKey(c.messageKey());
        }
        for (String l : Languages.CODES) {
            assertThat(ar).containsKey("volunteering.language." + l);
        }
    }

    @Test
    void everyKeyNamedInTheTemplatesExists() throws IOException {
        Set<String> known = new HashSet<>();
        for (String file : List.of("volunteering_ar.properties", "messages_ar.properties", "site_ar.properties")) {
            known.addAll(load(file).stringPropertyNames());
        }
        Pattern key = Pattern.compile("#\\{([a-z][A-Za-z0-9_.\\-]+)");
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates/volunteering"))) {
            for (Path t : templates.filter(Files::isRegularFile).toList()) {
                Matcher m = key.matcher(Files.readString(t));
                while (m.find()) {
                    assertThat(known).as("%s names %s", t.getFileName(), m.group(1)).contains(m.group(1));
                }
            }
        }
    }

    @Test
    void arabicCountsUseTheSixPluralForms() throws IOException {
        Properties ar = load("volunteering_ar.properties");
        ULocale arabic = ULocale.forLanguageTag("ar");
        assertThat(new MessageFormat(ar.getProperty("volunteering.places"), arabic).format(new Object[] {2})).isEqualTo("مكانان شاغران");
        assertThat(new MessageFormat(ar.getProperty("volunteering.places"), arabic).format(new Object[] {3})).isEqualTo("3 أماكن شاغرة");
        assertThat(new MessageFormat(ar.getProperty("volunteering.places"), arabic).format(new Object[] {11})).isEqualTo("11 مكانًا شاغرًا");
        assertThat(new MessageFormat(ar.getProperty("volunteering.places"), arabic).format(new Object[] {0})).isEqualTo("لا أماكن شاغرة");
    }
}
