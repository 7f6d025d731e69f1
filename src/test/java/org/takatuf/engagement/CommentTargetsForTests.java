package org.takatuf.engagement;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.UUID;

import org.takatuf.community.internal.Events;
import org.takatuf.identity.CurrentMember;
import org.takatuf.support.TestData;

/** Real targets for comment threads in tests: a thread exists only on something that exists. */
public final class CommentTargetsForTests {

    private CommentTargetsForTests() {
    }

    /** A real public event (no group) organised by {@code organiser}. */
    public static UUID publicEvent(Events events, CurrentMember organiser) {
        return event(events, organiser, null);
    }

    /** A real event of {@code group} (null: no group). */
    public static UUID event(Events events, CurrentMember organiser, UUID group) {
        LocalDate friday = LocalDate.now(ZoneId.of("Africa/Cairo")).with(TemporalAdjusters.next(DayOfWeek.FRIDAY));
        return events.create(organiser, new Events.Form("جري الجمعة " + TestData.suffix(), "٨ كم", "حديقة الأزهر", null, friday,
                LocalTime.of(6, 30), 90, 20, group, 1, "Africa/Cairo")).getFirst();
    }
}
