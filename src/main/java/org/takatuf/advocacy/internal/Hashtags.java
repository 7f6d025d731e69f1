package org.takatuf.advocacy.internal;

import java.util.List;

import org.takatuf.core.UserInputException;

/**
 * The complaint's own hashtag, typed in a field of its own, read with the shared parser
 * ({@link org.takatuf.core.text.Hashtags}): an optional leading {@code #}, then exactly one tag and nothing
 * else (people write {@code كلنا_أكرم}, with underscores for spaces), 2 to 50 characters. The key that
 * makes two spellings one tag is the shared parser's ({@code #كلنا_اكرم} and {@code #كلنا_أكرم} are one
 * tag, and {@code /tags/{tag}} finds both).
 */
final class Hashtags {

    static final int MIN = 2;
    static final int MAX = 50;

    private Hashtags() {
    }

    private static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    /** The tag as written, without {@code #}; refuses what is not exactly one tag. */
    static String clean(String input) {
        String typed = input == null ? "" : input.strip();
        if (typed.isEmpty() || typed.equals("#") || typed.equals("＃")) {
            throw new UserInputException("advocacy.hashtag.required");
        }
        String withSign = typed.startsWith("#") || typed.startsWith("＃") ? typed : "#" + typed;
        List<org.takatuf.core.text.Hashtags.Tag> tags = org.takatuf.core.text.Hashtags.hashtags(withSign);
        if (org.takatuf.core.text.Hashtags.key(typed).isEmpty() || tags.size() != 1
                || length(tags.getFirst().text()) < MIN || length(tags.getFirst().text()) > MAX) {
            throw new UserInputException("advocacy.hashtag.invalid");
        }
        return tags.getFirst().text();
    }

    /** The shared key of a tag that {@link #clean} accepted. */
    static String key(String tag) {
        return org.takatuf.core.text.Hashtags.key(tag).orElseThrow();
    }
}
