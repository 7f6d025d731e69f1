package org.takatuf.exchange.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.takatuf.core.i18n.Plurals;
import org.takatuf.exchange.internal.Handovers;
import org.takatuf.exchange.internal.ListingMatching;

/** Texts of the exchange pages that need plurals or message keys as arguments ({@code @exchangeText} in templates). */
@Component("exchangeText")
class ExchangeText {

    /** Public counts of a board or a city below this many families are not shown (quality bar: no group under 5). */
    static final int SMALLEST_PUBLIC_GROUP = 5;

    private final Plurals plurals;
    private final MessageSource messages;

    ExchangeText(Plurals plurals, MessageSource messages) {
        this.plurals = plurals;
        this.messages = messages;
    }

    /** A board's or a city's impact, or "fewer than five" so that no small group can be singled out. */
    public String impact(Handovers.Impact impact) {
        Locale locale = LocaleContextHolder.getLocale();
        if (impact.familiesHelped() < SMALLEST_PUBLIC_GROUP) {
            return plurals.format("exchange.impact.few", locale, SMALLEST_PUBLIC_GROUP);
        }
        return plurals.message("exchange.impact.families", locale, impact.familiesHelped()) + " · "
                + plurals.message("exchange.impact.items", locale, impact.itemsPassedOn());
    }

    /** The member's own counts, shown only to them. */
    public String memberImpact(Handovers.Impact impact) {
        Locale locale = LocaleContextHolder.getLocale();
        return plurals.message("exchange.impact.families", locale, impact.familiesHelped()) + " · "
                + plurals.message("exchange.impact.items", locale, impact.itemsPassedOn());
    }

    /** Why a listing matched: the argument is a message key (category, city), a text (area) or a number of days. */
    public String reason(ListingMatching.Reason reason) {
        Locale locale = LocaleContextHolder.getLocale();
        Object argument = reason.argument();
        if (argument instanceof String s && s.startsWith("exchange.")) {
            argument = messages.getMessage(s, null, locale);
        }
        return plurals.message(reason.key(), locale, argument);
    }
}
