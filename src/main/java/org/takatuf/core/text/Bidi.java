package org.takatuf.core.text;

import org.jspecify.annotations.Nullable;

/**
 * Bidirectional isolation of a user-written value that is placed inside other text: a translated
 * sentence ({@code "حملة {0}"}), a mail subject, or a line joined with a separator ({@code city — area}).
 * Without it the Unicode bidi algorithm reorders the value with its neighbours: an Arabic title inside
 * an English sentence, or a Latin name ending in digits or punctuation inside an Arabic one, comes out
 * in the wrong order. The value is wrapped in FIRST STRONG ISOLATE (U+2068) and POP DIRECTIONAL ISOLATE
 * (U+2069), the inline equivalent of {@code dir="auto"} (Unicode UAX #9, W3C "Inline markup and bidirectional
 * text"): its direction comes from its own first strong letter and it is laid out as one neutral block.
 * The closing PDI also ends any embedding or override the value itself left open (a stray U+202E), so a value
 * cannot reorder the sentence around it. The marks are invisible formatting characters, not text. Elements whose
 * whole content is the value take {@code dir="auto"} instead. Templates, pages and mails alike, use the
 * {@code #bidi} expression object ({@link org.takatuf.core.i18n.BidiDialect}); messages built in Java (subjects,
 * flashes, texts put together before a template sees them, PDF lines) call this method.
 */
public final class Bidi {

    /** FIRST STRONG ISOLATE. */
    public static final char FSI = '\u2068';
    /** POP DIRECTIONAL ISOLATE. */
    public static final char PDI = '\u2069';
    /** LEFT-TO-RIGHT ISOLATE. */
    public static final char LRI = '\u2066';
    /** RIGHT-TO-LEFT ISOLATE. */
    public static final char RLI = '\u2067';

    private Bidi() {
    }

    /** The value between FSI and PDI; {@code null} and the empty string become the empty string. */
    public static String isolate(@Nullable Object value) {
        String text = value == null ? "" : value.toString();
        return text.isEmpty() ? "" : FSI + text + PDI;
    }

    /** Whether {@code c} opens or closes an isolate (LRI, RLI, FSI, PDI: U+2066 … U+2069). */
    public static boolean isIsolateMark(int c) {
        return c >= LRI && c <= PDI;
    }
}
