package org.takatuf.core.i18n;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Locale;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.GregorianCalendar;
import com.ibm.icu.util.IslamicCalendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;

/**
 * Dates as Arab readers expect them: Gregorian beside Hijri (Umm al-Qura), in the reader's language
 * and digits.
 */
public final class Dates {

    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Riyadh");

    private Dates() {
    }

    public static String gregorian(LocalDate date, Locale locale) {
        return format(new GregorianCalendar(TimeZone.GMT_ZONE, ULocale.forLocale(locale)), date, locale);
    }

    /** The Umm al-Qura Hijri date, e.g. "٢٠ جمادى الأولى ١٤٤٨ هـ". */
    public static String hijri(LocalDate date, Locale locale) {
        IslamicCalendar calendar = new IslamicCalendar(TimeZone.GMT_ZONE, ULocale.forLocale(locale));
        calendar.setCalculationType(IslamicCalendar.CalculationType.ISLAMIC_UMALQURA);
        return format(calendar, date, locale);
    }

    /** "22 November 2026 · 1 Jumada II 1448 AH" in the reader's language. */
    public static String both(LocalDate date, Locale locale) {
        return gregorian(date, locale) + " · " + hijri(date, locale);
    }

    public static String both(Instant instant, Locale locale) {
        return both(instant.atZone(DEFAULT_ZONE).toLocalDate(), locale);
    }

    private static String format(Calendar calendar, LocalDate date, Locale locale) {
        ULocale uLocale = ULocale.forLocale(locale);
        DateFormat format = DateFormat.getDateInstance(calendar, DateFormat.LONG, uLocale);
        format.setTimeZone(TimeZone.GMT_ZONE);
        Date instant = Date.from(date.atStartOfDay(ZoneId.of("UTC")).toInstant());
        return format.format(instant);
    }
}
