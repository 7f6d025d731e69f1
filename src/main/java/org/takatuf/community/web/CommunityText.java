package org.takatuf.community.web;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.takatuf.community.internal.Events;
import org.takatuf.core.i18n.Dates;

/** Event times for templates ({@code @communityText}): the day in both calendars and the hours, in the event's own zone. */
@Component("communityText")
class CommunityText {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final MessageSource messages;

    CommunityText(MessageSource messages) {
        this.messages = messages;
    }

    public String when(Events.Event event, Locale locale) {
        var start = event.startsAt().atZone(event.zone());
        var end = event.endsAt().atZone(event.zone());
        String day = messages.getMessage("community.day." + start.getDayOfWeek().name(), null, locale) + " "
                + Dates.both(start.toLocalDate(), locale);
        return messages.getMessage("community.event.time", new Object[] {day, TIME.format(start), TIME.format(end), event.zone().getId()}, locale);
    }

    public String day(Events.Event event, Locale locale) {
        var start = event.startsAt().atZone(event.zone());
        return messages.getMessage("community.day." + start.getDayOfWeek().name(), null, locale) + " "
                + Dates.both(start.toLocalDate(), locale) + " · " + TIME.format(start);
    }
}
