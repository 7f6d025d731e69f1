package org.takatuf.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.takatuf.core.text.Hashtags.Tag;

class HashtagsUnitTest {

    private static List<String> keys(String text) {
        return Hashtags.hashtags(text).stream().map(Tag::key).toList();
    }

    @Test
    void theSameTagWithOrWithoutHamzaDiacriticsAndTatweel() {
        assertThat(keys("#كلنا_أكرم")).containsExactly("كلنا_اكرم");
        assertThat(keys("#كلنا_اكرم")).containsExactly("كلنا_اكرم");
        assertThat(keys("#كلـــنا_أَكْرَم")).containsExactly("كلنا_اكرم");
        assertThat(keys("#كلنا_إكرم #كلنا_آكرم")).containsExactly("كلنا_اكرم");
    }

    @Test
    void keepsTheTextAsWrittenAndTheFirstSpelling() {
        assertThat(Hashtags.hashtags("معًا #ادعم_المحلي و #ادعم_المحلى"))
                .containsExactly(new Tag("ادعم_المحلي", "ادعم_المحلي"));
    }

    @Test
    void arabicIndicDigitsMixedScriptsAndCase() {
        assertThat(keys("#رمضان_٢٠٢٦")).containsExactly("رمضان_2026");
        assertThat(keys("#رمضان_2026")).containsExactly("رمضان_2026");
        assertThat(keys("#CairoRunners #cairorunners")).containsExactly("cairorunners");
        assertThat(keys("#تكاتف_Takatuf")).containsExactly("تكاتف_takatuf");
    }

    @Test
    void tagsEndAtPunctuationIncludingArabicOnes() {
        assertThat(keys("شير في الخير #شير_في_الخير، #خير؟ (#مصر) «#القاهرة»."))
                .containsExactly("شير_في_الخير", "خير", "مصر", "القاهره");
    }

    @Test
    void notTags() {
        assertThat(keys("#2026 #٢٠٢٦ #ـــ # ## #_ a#b https://takatuf.org/page#section &#38; C#")).isEmpty();
        assertThat(keys("#" + "ا".repeat(Hashtags.MAX_LENGTH + 1))).isEmpty();
        assertThat(keys("#" + "ا".repeat(Hashtags.MAX_LENGTH))).hasSize(1);
        assertThat(keys(null)).isEmpty();
    }

    @Test
    void underscoresAtTheEndsDoNotMakeAnotherTag() {
        assertThat(keys("#_خير_ #خير")).containsExactly("خير");
    }

    @Test
    void mentionsAreNotEmailAddresses() {
        assertThat(Hashtags.mentions("شكرًا @نور_السيد و @akram.h — mail a@b.org"))
                .extracting(Tag::key).containsExactly("نور_السيد", "akram.h");
        assertThat(Hashtags.mentions("@أكرم @اكرم")).extracting(Tag::key).containsExactly("اكرم");
        assertThat(Hashtags.mentions("end with a dot @nour.")).extracting(Tag::key).containsExactly("nour");
    }

    @Test
    void keyOfATypedTag() {
        assertThat(Hashtags.key("كلنا_أكرم")).contains("كلنا_اكرم");
        assertThat(Hashtags.key("#كلنا_أكرم")).contains("كلنا_اكرم");
        assertThat(Hashtags.key("كلنا أكرم")).isEmpty();
        assertThat(Hashtags.key("2026")).isEmpty();
        assertThat(Hashtags.key("")).isEmpty();
        assertThat(Hashtags.key(null)).isEmpty();
    }
}
