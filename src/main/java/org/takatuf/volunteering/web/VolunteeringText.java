package org.takatuf.volunteering.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.stereotype.Component;
import org.takatuf.core.i18n.Dates;
import org.takatuf.volunteering.internal.Notices;
import org.takatuf.volunteering.internal.Shift;

/** Template helpers of the volunteering pages: {@code ${@volunteeringText.reason(r, #locale)}}. */
@Component("volunteeringText")
class VolunteeringText {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

    private final MessageSource messages;
    private final org.takatuf.core.i18n.Plurals plurals;

    VolunteeringText(MessageSource messages, org.takatuf.core.i18n.Plurals plurals) {
        this.messages = messages;
        this.plurals = plurals;
    }

    /** A match reason (or any resolvable) in the reader's language. */
    public String reason(MessageSourceResolvable reason, Locale locale) {
        return messages.getMessage(reason, locale);
    }

    public String notice(Notices.Notice notice, Locale locale) {
        return plurals.message(notice.key(), locale, notice.messageArguments());
    }

    /** "Friday 27 November 2026 · 16 Jumada II 1448 AH, 09:00 to 11:00" in the shift's own time zone. */
    public String shiftTime(Shift shift, ZoneId zone, Locale locale) {
        var start = shift.startsAt().atZone(zone);
        var end = shift.endsAt().atZone(zone);
        String day = messages.getMessage("volunteering.day." + start.getDayOfWeek().name(), null, locale) + " "
                + Dates.both(start.toLocalDate(), locale);
        return messages.getMessage("volunteering.shift.time", new Object[] {day, TIME.format(start), TIME.format(end)}, locale);
    }

    public String time(Instant instant, ZoneId zone) {
        return instant == null ? "" : TIME.format(instant.atZone(zone));
    }

    public String hours(int minutes) {
        return minutes % 60 == 0 ? Integer.toString(minutes / 60) : String.format(Locale.ROOT, "%.1f", minutes / 60.0);
    }

    public long roundedHours(int minutes) {
        return Math.round(minutes / 60.0);
    }

    public long percent(double ratio) {
        return Math.round(ratio * 100);
    }
}
