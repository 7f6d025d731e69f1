package org.takatuf.volunteering.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

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

/** A shift as an iCalendar file (RFC 5545, ical4j), times in UTC so that every calendar shows them in its own zone. */
public final class CalendarFiles {

    private CalendarFiles() {
    }

    public static String of(Shift shift, String title, String place, String description, String url) {
        VEvent event = new VEvent(shift.startsAt(), shift.endsAt(), title);
        event.add(new Uid(shift.id() + "@takatuf"));
        if (place != null && !place.isBlank()) {
            event.add(new Location(place));
        }
        if (description != null && !description.isBlank()) {
            event.add(new Description(description));
        }
        try {
            event.add(new Url(java.net.URI.create(url)));
        } catch (IllegalArgumentException e) {
            // a base URL that is not a URI only loses the link
        }
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Takatuf//Volunteering//AR"));
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
