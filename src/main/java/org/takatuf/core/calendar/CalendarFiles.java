package org.takatuf.core.calendar;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * One event as an iCalendar file (RFC 5545, ical4j), times in UTC so that every calendar shows them
 * in its own zone. Shared by every module that offers "add to my calendar" (volunteer shifts,
 * community events).
 */
public final class CalendarFiles {

    private CalendarFiles() {
    }

    /** An entry: {@code uid} must be stable for the same event so that calendars update instead of duplicating. */
    public record Entry(String uid, Instant startsAt, Instant endsAt, String title, String place, String description,
                        String url) {
    }

    public static String of(String productId, Entry entry) {
        VEvent event = new VEvent(entry.startsAt(), entry.endsAt(), entry.title());
        event.add(new Uid(entry.uid()));
        if (entry.place() != null && !entry.place().isBlank()) {
            event.add(new Location(entry.place()));
        }
        if (entry.description() != null && !entry.description().isBlank()) {
            event.add(new Description(entry.description()));
        }
        try {
            event.add(new Url(java.net.URI.create(entry.url())));
        } catch (IllegalArgumentException | NullPointerException e) {
            // a base URL that is not a URI only loses the link
        }
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(productId));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(event);
        try (StringWriter out = new StringWriter()) {
            new CalendarOutputter(false).output(calendar, out);
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
