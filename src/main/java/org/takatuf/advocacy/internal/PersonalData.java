package org.takatuf.advocacy.internal;

import java.util.regex.Pattern;

import org.takatuf.core.UserInputException;
import org.takatuf.core.text.ArabicText;

/**
 * Keeps employees' personal data out of complaints, experiences and answers: text that contains an
 * e-mail address or a phone number (an international number, {@code +} or {@code 00} and seven digits or
 * more, or a national one, {@code 0} and eight to eleven digits; Arabic-Indic digits and the usual
 * separators included) is refused with a message asking to remove it. Other long numbers (order,
 * invoice or account numbers) stay allowed. Names cannot be recognised reliably; the
 * form asks for none and moderators remove what slips through.
 */
public final class PersonalData {

    private static final Pattern EMAIL = Pattern.compile("[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}.-]+\\.[\\p{L}]{2,}");
    private static final Pattern PHONE = Pattern.compile("(?<!\\d)(?:(?:\\+|00)\\d(?:[\\s.\\-]?\\d){6,}|0\\d(?:[\\s.\\-]?\\d){7,10})(?!\\d)");

    private PersonalData() {
    }

    public static void refuseIn(String text) {
        if (text == null || text.isEmpty()) {
            return;
        }
        String folded = ArabicText.fold(text);
        if (EMAIL.matcher(folded).find() || PHONE.matcher(folded).find()) {
            throw new UserInputException("advocacy.personal-data");
        }
    }
}
