package org.takatuf.core.i18n;

import org.jspecify.annotations.Nullable;
import org.takatuf.core.text.Bidi;

/**
 * The {@code #bidi} expression object ({@link BidiDialect}) of pages and mails:
 * {@code #{campaigns.ambassador.page.heading(${#bidi.isolate(a.memberName())})}}. Every user-written value placed
 * inside a translated message or joined with other text goes through it, so that an Arabic title in an English
 * sentence (or a Latin name in an Arabic one) keeps its order; see {@link Bidi}.
 */
public final class BidiHelper {

    /** The value wrapped in FSI … PDI; {@code null} and empty become the empty string. */
    public String isolate(@Nullable Object value) {
        return Bidi.isolate(value);
    }
}
