package org.takatuf.volunteering.internal;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.takatuf.core.UserInputException;

/**
 * When a volunteer can help: a weekly grid in an explicit time zone, whole-day exceptions, hour caps
 * and a pause switch. {@link #coveredMinutes} is the exact rule that matching uses.
 */
public record Availability(ZoneId zone, List<WeeklySlot> slots, List<DateException> exceptions,
                           Integer maxHoursWeek, Integer maxHoursMonth, boolean paused) {

    public static final int MINUTES_PER_WEEK = 7 * 24 * 60;
    /** Dates further ahead than this are refused: nobody plans a shift or a holiday 300 years away. */
    public static final int MAX_YEARS_AHEAD = 2;

    public Availability {
        slots = slots.stream().sorted(Comparator.comparing(WeeklySlot::day).thenComparingInt(WeeklySlot::startMinute)).toList();
        exceptions = List.copyOf(exceptions);
    }

    /** Throws a {@link UserInputException} naming the first problem; {@code today} is in the volunteer's zone. */
    public void validate(LocalDate today) {
        for (WeeklySlot slot : slots) {
            if (slot.endMinute() <= slot.startMinute()) {
                throw new UserInputException("volunteering.availability.end-before-start", dayKey(slot.day()));
            }
        }
        for (int i = 1; i < slots.size(); i++) {
            WeeklySlot previous = slots.get(i - 1);
            WeeklySlot slot = slots.get(i);
            if (previous.day() == slot.day() && slot.startMinute() < previous.endMinute()) {
                throw new UserInputException("volunteering.availability.overlap", dayKey(slot.day()));
            }
        }
        for (DateException exception : exceptions) {
            if (exception.lastDay().isBefore(exception.firstDay())) {
                throw new UserInputException("volunteering.availability.dates-reversed");
            }
            if (exception.lastDay().isAfter(today.plusYears(MAX_YEARS_AHEAD))) {
                throw new UserInputException("volunteering.date.too-far", MAX_YEARS_AHEAD);
            }
            if (exception.firstDay().isBefore(today.minusYears(1))) {
                throw new UserInputException("volunteering.availability.dates-past");
            }
        }
        if (maxHoursWeek != null && (maxHoursWeek < 1 || maxHoursWeek > 168)) {
            throw new UserInputException("volunteering.availability.max-week");
        }
        if (maxHoursMonth != null && (maxHoursMonth < 1 || maxHoursMonth > 744)) {
            throw new UserInputException("volunteering.availability.max-month");
        }
    }

    /** Message key of a day's name, as argument of a message. */
    static String dayKey(DayOfWeek day) {
        return day.name();
    }

    /**
     * Minutes of {@code [start, end)} during which the volunteer is free, read in the volunteer's time
     * zone: an "away" day gives nothing, a "free" day gives the whole day, other days their weekly slots.
     */
    public int coveredMinutes(Instant start, Instant end) {
        if (paused) {
            return 0;
        }
        int covered = 0;
        ZonedDateTime cursor = start.atZone(zone);
        ZonedDateTime last = end.atZone(zone);
        while (cursor.isBefore(last)) {
            LocalDate day = cursor.toLocalDate();
            ZonedDateTime nextMidnight = day.plusDays(1).atStartOfDay(zone);
            ZonedDateTime segmentEnd = nextMidnight.isBefore(last) ? nextMidnight : last;
            int from = cursor.getHour() * 60 + cursor.getMinute();
            int to = segmentEnd.equals(nextMidnight) ? 1440 : segmentEnd.getHour() * 60 + segmentEnd.getMinute();
            covered += coveredOnDay(day, from, to);
            cursor = segmentEnd;
        }
        return covered;
    }

    private int coveredOnDay(LocalDate day, int from, int to) {
        if (exceptions.stream().anyMatch(e -> e.kind() == DateException.Kind.AWAY && e.covers(day))) {
            return 0;
        }
        if (exceptions.stream().anyMatch(e -> e.kind() == DateException.Kind.FREE && e.covers(day))) {
            return to - from;
        }
        int covered = 0;
        for (WeeklySlot slot : slots) {
            if (slot.day() == day.getDayOfWeek()) {
                covered += Math.max(0, Math.min(to, slot.endMinute()) - Math.max(from, slot.startMinute()));
            }
        }
        return covered;
    }

    /** True when the volunteer marked the day as away. */
    public boolean awayOn(LocalDate day) {
        return exceptions.stream().anyMatch(e -> e.kind() == DateException.Kind.AWAY && e.covers(day));
    }

    public int weeklyMinutes() {
        return slots.stream().mapToInt(WeeklySlot::minutes).sum();
    }

    /**
     * The weekly grid as ranges of UTC minutes of the week (Monday 00:00 UTC = 0), using the zone's
     * offset at {@code reference}. Coarse where the zone has daylight saving time: matching searches
     * it with an hour's margin and then applies {@link #coveredMinutes} exactly.
     */
    public List<int[]> weeklyUtcRanges(Instant reference) {
        ZoneOffset offset = zone.getRules().getOffset(reference);
        int shift = offset.getTotalSeconds() / 60;
        List<int[]> ranges = new ArrayList<>();
        for (WeeklySlot slot : slots) {
            int base = (slot.day().getValue() - 1) * 1440;
            addWrapped(ranges, base + slot.startMinute() - shift, base + slot.endMinute() - shift);
        }
        return merge(ranges);
    }

    /**
     * The weekly grid under every UTC offset the zone uses in the year from {@code reference} (one for
     * most of the region, two where there is daylight saving time). Searching this needs no margin: it
     * is exact for zones without daylight saving time and at most an hour too wide for the others.
     */
    public List<int[]> weeklyUtcRangesAllYear(Instant reference) {
        List<int[]> all = new ArrayList<>(weeklyUtcRanges(reference));
        all.addAll(weeklyUtcRanges(reference.plus(Duration.ofDays(182))));
        return merge(all);
    }

    /** The UTC minutes of the week that {@code [start, end)} spans, split at the week's end. */
    public static List<int[]> utcWeekRanges(Instant start, Instant end) {
        long minutes = Duration.between(start, end).toMinutes();
        if (minutes >= MINUTES_PER_WEEK) {
            return List.of(new int[] {0, MINUTES_PER_WEEK});
        }
        ZonedDateTime utc = start.atZone(ZoneOffset.UTC);
        int from = (utc.getDayOfWeek().getValue() - 1) * 1440 + utc.getHour() * 60 + utc.getMinute();
        List<int[]> ranges = new ArrayList<>();
        addWrapped(ranges, from, from + (int) minutes);
        return merge(ranges);
    }

    /** Widens ranges by {@code margin} minutes on each side (wrapping around the week). */
    public static List<int[]> widen(List<int[]> ranges, int margin) {
        List<int[]> wide = new ArrayList<>();
        for (int[] r : ranges) {
            if (r[1] - r[0] + 2 * margin >= MINUTES_PER_WEEK) {
                return List.of(new int[] {0, MINUTES_PER_WEEK});
            }
            addWrapped(wide, r[0] - margin, r[1] + margin);
        }
        return merge(wide);
    }

    private static void addWrapped(List<int[]> ranges, int from, int to) {
        int length = to - from;
        int start = Math.floorMod(from, MINUTES_PER_WEEK);
        if (start + length <= MINUTES_PER_WEEK) {
            ranges.add(new int[] {start, start + length});
        } else {
            ranges.add(new int[] {start, MINUTES_PER_WEEK});
            ranges.add(new int[] {0, start + length - MINUTES_PER_WEEK});
        }
    }

    static List<int[]> merge(List<int[]> ranges) {
        List<int[]> sorted = new ArrayList<>(ranges);
        sorted.sort(Comparator.comparingInt(r -> r[0]));
        List<int[]> merged = new ArrayList<>();
        for (int[] r : sorted) {
            if (!merged.isEmpty() && r[0] <= merged.getLast()[1]) {
                merged.getLast()[1] = Math.max(merged.getLast()[1], r[1]);
            } else {
                merged.add(new int[] {r[0], r[1]});
            }
        }
        return merged;
    }

    /** The hours of the week (0-167) that the ranges touch, for the GIN index of the weekly grid. */
    public static short[] hoursOfWeek(List<int[]> ranges) {
        java.util.BitSet hours = new java.util.BitSet(168);
        for (int[] r : ranges) {
            if (r[1] > r[0]) {
                hours.set(r[0] / 60, (r[1] - 1) / 60 + 1);
            }
        }
        short[] out = new short[hours.cardinality()];
        int i = 0;
        for (int h = hours.nextSetBit(0); h >= 0; h = hours.nextSetBit(h + 1)) {
            out[i++] = (short) h;
        }
        return out;
    }

    /** PostgreSQL text of an {@code int4multirange}. */
    public static String multirange(List<int[]> ranges) {
        StringBuilder b = new StringBuilder("{");
        for (int i = 0; i < ranges.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            b.append('[').append(ranges.get(i)[0]).append(',').append(ranges.get(i)[1]).append(')');
        }
        return b.append('}').toString();
    }

    public static LocalDate today(Clock clock, ZoneId zone) {
        return LocalDate.now(clock.withZone(zone));
    }
}
