package org.takatuf.giving.web;

import java.time.Instant;
import java.util.Locale;

import org.springframework.stereotype.Component;
import org.takatuf.core.i18n.Dates;

/** Formatting for the giving and ledger templates ({@code @givingText}). */
@Component("givingText")
class GivingText {

    public String instant(Instant instant, Locale locale) {
        return instant == null ? "" : Dates.both(instant, locale);
    }
}
