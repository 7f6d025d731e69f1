package org.takatuf.campaigns.web;

import java.time.LocalDate;
import java.util.Locale;

import org.springframework.stereotype.Component;
import org.takatuf.core.i18n.Dates;

/** Formatting for the campaign templates ({@code @campaignText}). */
@Component("campaignText")
class CampaignText {

    /** Gregorian and Hijri, in the reader's language. */
    public String date(LocalDate date, Locale locale) {
        return date == null ? "" : Dates.both(date, locale);
    }
}
