package org.takatuf.advocacy.internal;

import java.util.regex.Pattern;

import org.takatuf.core.UserInputException;
import org.takatuf.core.text.ArabicText;

/**
 * The complaint's own hashtag, until the shared parser of the engagement module
 * ({@code org.takatuf.core.text.Hashtags}) exists. The rule: an optional leading {@code #} is dropped;
 * what remains is 2 to 50 letters (any script), digits and underscores, with at least one letter, and no
 * spaces (people write {@code كلنا_أكرم}). The key that makes two spellings the same tag is
 * {@link ArabicText#fold(String)} of it ({@code #كلنا_اكرم} and {@code #كلنا_أكرم} are one tag).
 */
public final class Hashtags {

    private static final Pattern TAG = Pattern.compile("[\\p{L}\\p{M}\\p{Nd}_]{2,50}");

    private Hashtags() {
    }

    /** The tag as written, without {@code #}; refuses what breaks the rule. */
    public static String clean(String input) {
        String tag = input == null ? "" : input.strip();
        if (tag.startsWith("#") || tag.startsWith("＃")) {
            tag = tag.substring(1);
        }
        if (tag.isEmpty()) {
            throw new UserInputException("advocacy.hashtag.required");
        }
        if (!TAG.matcher(tag).matches() || tag.codePoints().noneMatch(Character::isLetter)) {
            throw new UserInputException("advocacy.hashtag.invalid");
        }
        return tag;
    }

    public static String key(String tag) {
        return ArabicText.fold(tag);
    }
}
