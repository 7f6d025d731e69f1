package org.takatuf.volunteering.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.takatuf.core.UserInputException;

class AvailabilityUnitTest {

    static final ZoneId RIYADH = ZoneId.of("Asia/Riyadh");
    static final ZoneId BEIRUT = ZoneId.of("Asia/Beirut");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    static Availability weekly(ZoneId zone, WeeklySlot... slots) {
        return new Availability(zone, List.of(slots), List.of(), null, null, false);
    }

    static Instant at(ZoneId zone, LocalDate day, int hour) {
        return ZonedDateTime.of(day, LocalTime.of(hour, 0), zone).toInstant();
    }

    @Test
    void fridayMorningCoversAFridayMorningShift() {
        Availability a = weekly(RIYADH, WeeklySlot.of(DayOfWeek.FRIDAY, LocalTime.of(8, 0), LocalTime.of(12, 0)));
        LocalDate friday = LocalDate.of(2026, 11, 27);
        assertThat(a.coveredMinutes(at(RIYADH, friday, 9), at(RIYADH, friday, 11))).isEqualTo(120);
        assertThat(a.coveredMinutes(at(RIYADH, friday, 11), at(RIYADH, friday, 14))).isEqualTo(60);
        assertThat(a.coveredMinutes(at(RIYADH, friday.plusDays(1), 9), at(RIYADH, friday.plusDays(1), 11))).isZero();
    }

    @Test
    void readsTheShiftInTheVolunteersOwnTimeZone() {
        // 08:00-10:00 in Riyadh is 07:00-09:00 in Cairo (UTC+2 in winter): a Cairo volunteer free 08:00-12:00 covers one hour
        Availability cairo = weekly(ZoneId.of("Africa/Cairo"), WeeklySlot.of(DayOfWeek.FRIDAY, LocalTime.of(8, 0), LocalTime.of(12, 0)));
        LocalDate friday = LocalDate.of(2026, 11, 27);
        assertThat(cairo.coveredMinutes(at(RIYADH, friday, 8), at(RIYADH, friday, 10))).isEqualTo(60);
    }

    @Test
    void freeAndAwayDatesOverrideTheWeeklyGrid() {
        LocalDate eid = LocalDate.of(2027, 3, 10);
        Availability a = new Availability(RIYADH, List.of(WeeklySlot.of(eid.getDayOfWeek(), LocalTime.of(8, 0), LocalTime.of(9, 0))),
                List.of(new DateException(DateException.Kind.FREE, eid, eid.plusDays(2)),
                        new DateException(DateException.Kind.AWAY, eid.plusWeeks(1), eid.plusWeeks(1))), null, null, false);
        assertThat(a.coveredMinutes(at(RIYADH, eid, 14), at(RIYADH, eid, 18))).isEqualTo(240);
        assertThat(a.coveredMinutes(at(RIYADH, eid.plusWeeks(1), 8), at(RIYADH, eid.plusWeeks(1), 9))).isZero();
        assertThat(a.coveredMinutes(at(RIYADH, eid.plusWeeks(2), 8), at(RIYADH, eid.plusWeeks(2), 9))).isEqualTo(60);
    }

    @Test
    void pausedMeansNeverFree() {
        Availability a = new Availability(RIYADH, List.of(WeeklySlot.of(DayOfWeek.FRIDAY, LocalTime.of(0, 0), LocalTime.MIDNIGHT)),
                List.of(), null, null, true);
        LocalDate friday = LocalDate.of(2026, 11, 27);
        assertThat(a.coveredMinutes(at(RIYADH, friday, 9), at(RIYADH, friday, 11))).isZero();
    }

    @Test
    void overlappingRangesOnOneDayAreRefusedWithTheDay() {
        Availability a = weekly(RIYADH, WeeklySlot.of(DayOfWeek.FRIDAY, LocalTime.of(8, 0), LocalTime.of(12, 0)),
                WeeklySlot.of(DayOfWeek.FRIDAY, LocalTime.of(11, 0), LocalTime.of(13, 0)));
        assertThatThrownBy(() -> a.validate(TODAY)).isInstanceOf(UserInputException.class)
                .hasMessage("volunteering.availability.overlap")
                .satisfies(e -> assertThat(((UserInputException) e).arguments()).containsExactly("FRIDAY"));
    }

    @Test
    void endBeforeStartIsRefused() {
        Availability a = weekly(RIYADH, new WeeklySlot(DayOfWeek.MONDAY, 18 * 60, 9 * 60));
        assertThatThrownBy(() -> a.validate(TODAY)).hasMessage("volunteering.availability.end-before-start");
    }

    @Test
    void aDate300YearsAwayIsRefused() {
        Availability a = new Availability(RIYADH, List.of(), List.of(new DateException(DateException.Kind.AWAY,
                TODAY.plusYears(300), TODAY.plusYears(300).plusDays(1))), null, null, false);
        assertThatThrownBy(() -> a.validate(TODAY)).hasMessage("volunteering.date.too-far");
    }

    @Test
    void exceptionEndingBeforeItStartsIsRefused() {
        Availability a = new Availability(RIYADH, List.of(), List.of(new DateException(DateException.Kind.AWAY,
                TODAY.plusDays(10), TODAY.plusDays(1))), null, null, false);
        assertThatThrownBy(() -> a.validate(TODAY)).hasMessage("volunteering.availability.dates-reversed");
    }

    @Test
    void weeklyGridAsUtcMinutesWrapsAroundTheWeek() {
        // Monday 01:00-04:00 in Riyadh (UTC+3) is Sunday 22:00 - Monday 01:00 UTC
        Availability a = weekly(RIYADH, WeeklySlot.of(DayOfWeek.MONDAY, LocalTime.of(1, 0), LocalTime.of(4, 0)));
        List<int[]> ranges = a.weeklyUtcRanges(Instant.parse("2026-11-22T00:00:00Z"));
        assertThat(Availability.multirange(ranges)).isEqualTo("{[0,60),[9960,10080)}");
    }

    @Test
    void shiftUtcRangesAndWidening() {
        Instant start = Instant.parse("2026-11-27T06:00:00Z"); // a Friday
        List<int[]> ranges = Availability.utcWeekRanges(start, start.plusSeconds(4 * 3600));
        assertThat(Availability.multirange(ranges)).isEqualTo("{[6120,6360)}");
        assertThat(Availability.multirange(Availability.widen(ranges, 60))).isEqualTo("{[6060,6420)}");
    }

    @Test
    void daylightSavingZonesAreExactInJava() {
        // Beirut is UTC+3 in summer and UTC+2 in winter; a Monday 09:00-10:00 slot covers a winter 09:00 local shift
        Availability a = weekly(BEIRUT, WeeklySlot.of(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(10, 0)));
        LocalDate winterMonday = LocalDate.of(2027, 1, 11);
        assertThat(a.coveredMinutes(at(BEIRUT, winterMonday, 9), at(BEIRUT, winterMonday, 10))).isEqualTo(60);
        LocalDate summerMonday = LocalDate.of(2027, 7, 12);
        assertThat(a.coveredMinutes(at(BEIRUT, summerMonday, 9), at(BEIRUT, summerMonday, 10))).isEqualTo(60);
    }

    @Test
    void theIndexedWeekCoversBothOffsetsOfADaylightSavingZoneAndOneOtherwise() {
        Instant winter = Instant.parse("2027-01-11T00:00:00Z");
        Availability beirut = weekly(BEIRUT, WeeklySlot.of(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(10, 0)));
        // 09:00-10:00 is 07:00-08:00 UTC in winter (UTC+2) and 06:00-07:00 UTC in summer (UTC+3)
        assertThat(Availability.multirange(beirut.weeklyUtcRangesAllYear(winter))).isEqualTo("{[360,480)}");
        Availability riyadh = weekly(RIYADH, WeeklySlot.of(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(10, 0)));
        assertThat(Availability.multirange(riyadh.weeklyUtcRangesAllYear(winter))).isEqualTo("{[360,420)}");
    }

    @Test
    void hoursOfTheWeekForTheGinIndex() {
        assertThat(Availability.hoursOfWeek(List.of(new int[] {6120, 6360}, new int[] {0, 30}))).containsExactly(
                (short) 0, (short) 102, (short) 103, (short) 104, (short) 105);
        assertThat(Availability.hoursOfWeek(List.of(new int[] {10020, 10080}))).containsExactly((short) 167);
    }
}
