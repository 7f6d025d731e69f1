package org.takatuf.exchange.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.takatuf.core.UserInputException;

class ExchangeRulesUnitTest {

    final Safety safety = new Safety(null, null, new ExchangeSettings(List.of("سلاح", "ادويه", "alcohol"), 7, 3, 30, 20, 200, 3, 60),
            null, null, null, null);

    @Test
    void prohibitedWordsAreFoundWholeAfterArabicFoldingAndWithTheArticle() {
        assertThatThrownBy(() -> safety.refuseProhibited("أدوية ضغط فائضة")).isInstanceOf(UserInputException.class)
                .hasMessage("exchange.error.prohibited");
        assertThatThrownBy(() -> safety.refuseProhibited("بيع السلاح")).isInstanceOf(UserInputException.class);
        assertThatThrownBy(() -> safety.refuseProhibited("Free ALCOHOL!")).isInstanceOf(UserInputException.class);
        // words that merely contain a prohibited word pass
        safety.refuseProhibited("أسلحة", "alcoholic-free soap dispenser");
        safety.refuseProhibited("ثياب أطفال شتوية", "");
    }

    @Test
    void phoneNumbersAreMaskedInWesternAndArabicDigitsButShortNumbersStay() {
        assertThat(Handovers.mask("رقمي 03 123 456 للتنسيق")).isEqualTo("رقمي ••• للتنسيق");
        assertThat(Handovers.mask("call +961-3-555-010 now")).isEqualTo("call ••• now");
        assertThat(Handovers.mask("هاتفي ٠٧٩١٢٣٤٥٦٧")).isEqualTo("هاتفي •••");
        assertThat(Handovers.mask("سرير مقاس 120 في الطابق 3")).isEqualTo("سرير مقاس 120 في الطابق 3");
    }

    @Test
    void kindsKnowTheirCounterpartAndWhoGives() {
        assertThat(ListingKind.ASK_THING.counterpart()).contains(ListingKind.OFFER_THING);
        assertThat(ListingKind.OFFER_SERVICE.counterpart()).contains(ListingKind.ASK_SERVICE);
        assertThat(ListingKind.JOB.counterpart()).isEmpty();
        assertThat(ListingKind.OFFER_THING.ownerGives()).isTrue();
        assertThat(ListingKind.ASK_SERVICE.ownerGives()).isFalse();
        assertThat(ListingKind.ofKey("ask-service")).contains(ListingKind.ASK_SERVICE);
        assertThat(ListingKind.ofKey("nonsense")).isEmpty();
    }
}
