package org.takatuf.advocacy.internal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.takatuf.core.UserInputException;

class PersonalDataUnitTest {

    @Test
    void refusesPhoneNumbersAndEmailAddressesInAnyDigits() {
        for (String text : new String[] {"اتصل بالموظف على 0791234567", "رقمه ٠٧٩١٢٣٤٥٦٧ كما قال", "call +962 79 123 4567",
                "واتساب 00201001234567", "بريده sami.k@umniah.example", "mobile 050-123-4567"}) {
            assertThatThrownBy(() -> PersonalData.refuseIn(text)).as(text).isInstanceOf(UserInputException.class);
        }
    }

    @Test
    void allowsOrderNumbersDatesAndAmounts() {
        for (String text : new String[] {"رقم الطلب 55123987", "دفعت 500 دولار في 2015/04/30", "الفاتورة INV-2017-0042", "تذكرة 1234567",
                null, ""}) {
            assertThatCode(() -> PersonalData.refuseIn(text)).as(text).doesNotThrowAnyException();
        }
    }
}
