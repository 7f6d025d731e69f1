package org.takatuf.core.text;

import java.text.Normalizer;

/**
 * Arabic-aware text folding for comparisons, hashtags and search keys. Folding removes the
 * differences that Arabic writers do not consider meaningful: diacritics (tashkeel), tatweel,
 * hamza and madda forms of alef, ta marbuta versus ha, alef maqsura versus ya, and Arabic-Indic
 * versus Western digits. Latin letters are lower-cased.
 */
public final class ArabicText {

    private ArabicText() {
    }

    /** The folded form of {@code text}; {@code null} becomes the empty string. */
    public static String fold(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(nfc.length());
        nfc.codePoints().forEach(cp -> {
            int folded = foldCodePoint(cp);
            if (folded >= 0) {
                out.appendCodePoint(folded);
            }
        });
        return out.toString();
    }

    /** -1 drops the code point. */
    static int foldCodePoint(int cp) {
        if (isDiacritic(cp) || cp == 'ـ') { // tatweel
            return -1;
        }
        return switch (cp) {
            case 'أ', 'إ', 'آ', 'ٱ', 'ٲ', 'ٳ' -> 'ا';
            case 'ة' -> 'ه';
            case 'ى', 'ئ' -> 'ي';
            case 'ؤ' -> 'و';
            case 'ک' -> 'ك';
            case 'ی', 'ې' -> 'ي';
            default -> Character.toLowerCase(westernDigit(cp));
        };
    }

    /**
     * The text with its Arabic-Indic (٠–٩) and Extended Arabic-Indic (۰–۹) digits written as Western digits and nothing
     * else changed: what a reader of an amount, a phone number or a reference typed on an Arabic keyboard needs.
     */
    public static String westernDigits(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> out.appendCodePoint(westernDigit(cp)));
        return out.toString();
    }

    private static int westernDigit(int cp) {
        if (cp >= '٠' && cp <= '٩') {
            return '0' + (cp - '٠');
        }
        if (cp >= '۰' && cp <= '۹') {
            return '0' + (cp - '۰');
        }
        return cp;
    }

    /** Arabic harakat, tanween, shadda, sukun, superscript alef and Quranic marks. */
    static boolean isDiacritic(int cp) {
        return (cp >= 0x064B && cp <= 0x065F) || cp == 0x0670 || (cp >= 0x06D6 && cp <= 0x06ED)
                || (cp >= 0x0610 && cp <= 0x061A);
    }

    /** True when the text contains at least one Arabic letter. */
    public static boolean hasArabic(String text) {
        return text != null && text.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.ARABIC);
    }
}
