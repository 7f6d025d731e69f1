package org.takatuf.core.i18n;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import org.springframework.stereotype.Component;
import org.takatuf.core.Money;

/** Template helpers: {@code ${@dates.both(instant, #locale)}}, {@code ${@dates.money(m, #locale)}}. */
@Component("dates")
public class DisplayHelpers {

    private final Clock clock;

    public DisplayHelpers(Clock clock) {
        this.clock = clock;
    }

    public String today(Locale locale) {
        return Dates.both(LocalDate.now(clock.withZone(Dates.DEFAULT_ZONE)), locale);
    }

    public String both(Instant instant, Locale locale) {
        return instant == null ? "" : Dates.both(instant, locale);
    }

    public String both(LocalDate date, Locale locale) {
        return date == null ? "" : Dates.both(date, locale);
    }

    public String money(Money money, Locale locale) {
        return money == null ? "" : money.format(locale);
    }
}
