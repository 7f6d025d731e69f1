package org.takatuf.giving.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * How a pledge reference is read from what people write: a bank statement's description (the import) or what the
 * organisation types or pastes into the management page's search. Both read it with {@link Confirmations#referenceIn}.
 */
class PledgeReferenceTextUnitTest {

    @Test
    void findsTheReferenceHoweverItIsWritten() {
        for (String written : new String[] {"TK-2345-ABCD", "tk-2345-abcd", "TK 2345 ABCD", "TK2345ABCD",
                "حوالة من أحمد TK-2345-ABCD شكرًا", "Transfer tk 2345abcd / 150 SAR"}) {
            assertThat(Confirmations.referenceIn(written)).as(written).contains("TK-2345-ABCD");
        }
    }

    @Test
    void arabicIndicDigitsAreReadAsTheirWesternDigits() {
        // a donor typing the reference on an Arabic keyboard, or a bank printing its descriptions in Arabic digits
        assertThat(Confirmations.referenceIn("تحويل TK-٢٣٤٥-ABCD")).contains("TK-2345-ABCD");
        assertThat(Confirmations.referenceIn("tk ۲۳۴۵ abcd")).contains("TK-2345-ABCD"); // Extended Arabic-Indic (Persian, Urdu)
        assertThat(Confirmations.referenceIn("TK-٩٨AB-CD٧٦")).contains("TK-98AB-CD76");
    }

    @Test
    void nothingThatIsNotAReference() {
        // 0, 1, I and O are never in a reference (no look-alikes), so these are not references
        assertThat(Confirmations.referenceIn("TK-1234-ABCD")).isEmpty();
        assertThat(Confirmations.referenceIn("TK-٠٢٣٤-ABCD")).isEmpty();
        assertThat(Confirmations.referenceIn("TK-234-ABCD")).isEmpty();
        assertThat(Confirmations.referenceIn("")).isEmpty();
    }
}
