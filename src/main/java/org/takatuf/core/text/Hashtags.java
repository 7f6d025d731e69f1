package org.takatuf.core.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds hashtags ({@code #كلنا_أكرم}) and mentions ({@code @akram_hassan}) in user text, in any
 * script, and gives each a normalised key so that the same tag written with or without hamza,
 * diacritics, tatweel or Arabic-Indic digits is one tag: {@code #كلنا_أكرم}, {@code #كلنا_اكرم}
 * and {@code #كلـنا_أَكرم} share the key {@code كلنا_اكرم}.
 *
 * <p>Rules, in order of importance:
 * <ul>
 *   <li>A tag starts with {@code #} (or the full-width {@code ＃}) that is at the start of the text or
 *       follows a character that cannot be part of a word or a URL ({@code a#b}, {@code /#anchor} and
 *       {@code &#38;} are not tags).</li>
 *   <li>Its body is letters, combining marks, digits (any script), {@code _} and the zero-width
 *       non-joiner, up to {@value #MAX_LENGTH} characters; a longer run is not a tag.</li>
 *   <li>The body must contain a letter after folding: {@code #2026} and {@code #ـــ} are not tags;
 *       its key (folding can expand a ligature) is at most {@value #MAX_LENGTH} characters too.</li>
 *   <li>Leading and trailing underscores are dropped, so {@code #_خير_} is {@code خير}.</li>
 * </ul>
 * Mentions follow the same rules with {@code @} and also allow a dot inside ({@code @nour.s}); an
 * e-mail address ({@code a@b.org}) is not a mention because {@code @} follows a word character.
 *
 * <p>The parser never throws on any input (fuzzed with Jazzer and the naughty-strings list).
 */
public final class Hashtags {

    /** The longest tag or mention body, in code points. */
    public static final int MAX_LENGTH = 64;

    private static final int ZWNJ = 0x200C;

    private Hashtags() {
    }

    /**
     * A tag or a mention as found in a text.
     *
     * @param text the body as written (without the sign, NFC, without leading or trailing underscores)
     * @param key  the normalised key used for storage, links and comparison
     */
    public record Tag(String text, String key) {
    }

    /** The distinct hashtags of {@code text}, in order of first appearance (by key). */
    public static List<Tag> hashtags(String text) {
        return scan(text, '#', false);
    }

    /** The distinct mentions of {@code text}, in order of first appearance (by key). */
    public static List<Tag> mentions(String text) {
        return scan(text, '@', true);
    }

    /**
     * The key of a tag typed by a person (a search box, a URL segment), with or without its leading
     * {@code #}; empty when it is not a valid tag.
     */
    public static Optional<String> key(String tag) {
        if (tag == null) {
            return Optional.empty();
        }
        String trimmed = tag.strip();
        if (!trimmed.startsWith("#") && !trimmed.startsWith("＃")) {
            trimmed = "#" + trimmed;
        }
        List<Tag> found = hashtags(trimmed);
        if (found.size() != 1) {
            return Optional.empty();
        }
        Tag only = found.getFirst();
        // the whole input must be the tag, not a tag followed by other words
        String body = Normalizer.normalize(trimmed.substring(1), Normalizer.Form.NFC);
        return stripUnderscores(body).equals(only.text()) ? Optional.of(only.key()) : Optional.empty();
    }

    /** The normalised key of a body that is already known to be a tag ({@code allowDot} false) or mention. */
    static String normalise(String body, boolean allowDot) {
        String folded = ArabicText.fold(body);
        StringBuilder out = new StringBuilder(folded.length());
        // folding is NFKC, which can expand a ligature into several words: keep letters, digits and _
        folded.codePoints().filter(cp -> cp == '_' || allowDot && cp == '.' || Character.isLetterOrDigit(cp)).forEach(out::appendCodePoint);
        return stripUnderscores(out.toString());
    }

    private static List<Tag> scan(String input, char sign, boolean allowDot) {
        if (input == null || input.isEmpty()) {
            return List.of();
        }
        String text = Normalizer.normalize(input, Normalizer.Form.NFC);
        Map<String, Tag> found = new LinkedHashMap<>();
        int length = text.length();
        int i = 0;
        int previous = -1;
        while (i < length) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            if ((cp == sign || cp == fullWidth(sign)) && canStartAfter(previous)) {
                int end = next;
                int count = 0;
                while (end < length) {
                    int c = text.codePointAt(end);
                    boolean dotInside = allowDot && c == '.' && end + 1 < length && isBody(text.codePointAt(end + 1));
                    if (!isBody(c) && !dotInside) {
                        break;
                    }
                    end += Character.charCount(c);
                    count++;
                }
                if (count > 0 && count <= MAX_LENGTH) {
                    String body = stripUnderscores(text.substring(next, end));
                    String key = normalise(body, allowDot);
                    if (!body.isEmpty() && key.codePointCount(0, key.length()) <= MAX_LENGTH
                            && key.codePoints().anyMatch(Character::isLetter)) {
                        found.putIfAbsent(key, new Tag(body, key));
                    }
                }
                if (end > next) {
                    previous = text.codePointBefore(end);
                    i = end;
                    continue;
                }
            }
            previous = cp;
            i = next;
        }
        return new ArrayList<>(found.values());
    }

    private static int fullWidth(char sign) {
        return sign == '#' ? '＃' : '＠';
    }

    /** A sign starts a tag at the start of the text or after a character that ends a word. */
    private static boolean canStartAfter(int previous) {
        if (previous < 0) {
            return true;
        }
        if (isBody(previous)) {
            return false;
        }
        return switch (previous) {
            case '/', '&', '#', '@', '＃', '＠', '=', '?', '.', '-', '+', '%', '\\' -> false;
            default -> true;
        };
    }

    private static boolean isBody(int cp) {
        if (cp == '_' || cp == ZWNJ || cp == 'ـ') {
            return true;
        }
        int type = Character.getType(cp);
        return Character.isLetter(cp) || Character.isDigit(cp) || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    private static String stripUnderscores(String body) {
        int start = 0;
        int end = body.length();
        while (start < end && body.charAt(start) == '_') {
            start++;
        }
        while (end > start && body.charAt(end - 1) == '_') {
            end--;
        }
        return body.substring(start, end);
    }
}
