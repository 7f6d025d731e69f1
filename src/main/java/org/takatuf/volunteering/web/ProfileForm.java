package org.takatuf.volunteering.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.takatuf.core.UserInputException;
import org.takatuf.volunteering.ActivityType;
import org.takatuf.volunteering.internal.AgeBand;
import org.takatuf.volunteering.internal.City;
import org.takatuf.volunteering.internal.DateException;
import org.takatuf.volunteering.internal.Gender;
import org.takatuf.volunteering.internal.ProfileCommand;
import org.takatuf.volunteering.internal.VolunteerProfile;
import org.takatuf.volunteering.internal.WeeklySlot;

/**
 * The profile and availability editor as plain form fields, so that it works without JavaScript: three
 * time ranges per weekday ({@code slots[day * 3 + k]}) and six rows of special dates.
 */
public class ProfileForm {

    static final int RANGES_PER_DAY = 3;
    static final int EXCEPTION_ROWS = 6;
    /** Saturday first, as the week is laid out in much of the region. */
    static final List<DayOfWeek> DAYS = List.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
            DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);

    private List<String> activities = new ArrayList<>();
    private String skills = "";
    private List<String> languages = new ArrayList<>(List.of("ar"));
    private String city = "riyadh";
    private String area = "";
    private String latitude = "";
    private String longitude = "";
    private Integer radius = 10;
    private boolean remoteOk;
    private String birthDate = "";
    private String ageBand = "";
    private String gender = "";
    private String zone = "Asia/Riyadh";
    private List<Range> slots = new ArrayList<>();
    private List<Exception> exceptions = new ArrayList<>();
    private Integer maxWeek;
    private Integer maxMonth;
    private boolean paused;

    public ProfileForm() {
        for (DayOfWeek day : DAYS) {
            for (int k = 0; k < RANGES_PER_DAY; k++) {
                slots.add(new Range(day.name(), "", ""));
            }
        }
        for (int i = 0; i < EXCEPTION_ROWS; i++) {
            exceptions.add(new Exception("FREE", "", ""));
        }
    }

    /** A time range row of the weekly grid. */
    public static class Range {
        private String day;
        private String from;
        private String to;

        public Range() {
        }

        Range(String day, String from, String to) {
            this.day = day;
            this.from = from;
            this.to = to;
        }

        public String getDay() { return day; }
        public void setDay(String day) { this.day = day; }
        public String getFrom() { return from; }
        public void setFrom(String from) { this.from = from; }
        public String getTo() { return to; }
        public void setTo(String to) { this.to = to; }
    }

    /** A row of special dates. */
    public static class Exception {
        private String kind;
        private String from;
        private String to;

        public Exception() {
        }

        Exception(String kind, String from, String to) {
            this.kind = kind;
            this.from = from;
            this.to = to;
        }

        public String getKind() { return kind; }
        public void setKind(String kind) { this.kind = kind; }
        public String getFrom() { return from; }
        public void setFrom(String from) { this.from = from; }
        public String getTo() { return to; }
        public void setTo(String to) { this.to = to; }
    }

    static ProfileForm of(VolunteerProfile p) {
        ProfileForm f = new ProfileForm();
        f.activities = p.activityTypes().stream().map(ActivityType::key).toList();
        f.skills = String.join("، ", p.skills());
        f.languages = new ArrayList<>(p.languages());
        f.city = p.city().key();
        f.area = p.area() == null ? "" : p.area();
        boolean centre = p.latitude() == p.city().latitude && p.longitude() == p.city().longitude;
        f.latitude = centre ? "" : Double.toString(p.latitude());
        f.longitude = centre ? "" : Double.toString(p.longitude());
        f.radius = p.travelRadiusKm();
        f.remoteOk = p.remoteOk();
        f.birthDate = p.birthDate() == null ? "" : p.birthDate().toString();
        f.ageBand = p.ageBand() == null ? "" : p.ageBand().name();
        f.gender = p.gender() == null ? "" : p.gender().name();
        f.zone = p.availability().zone().getId();
        int[] used = new int[8];
        for (WeeklySlot s : p.availability().slots()) {
            int index = DAYS.indexOf(s.day()) * RANGES_PER_DAY + used[s.day().getValue()];
            if (used[s.day().getValue()] < RANGES_PER_DAY) {
                f.slots.set(index, new Range(s.day().name(), s.start().toString(), s.endMinute() == 1440 ? "24:00" : s.end().toString()));
                used[s.day().getValue()]++;
            }
        }
        int i = 0;
        for (DateException e : p.availability().exceptions()) {
            if (i < EXCEPTION_ROWS) {
                f.exceptions.set(i++, new Exception(e.kind().name(), e.firstDay().toString(), e.lastDay().toString()));
            }
        }
        f.maxWeek = p.availability().maxHoursWeek();
        f.maxMonth = p.availability().maxHoursMonth();
        f.paused = p.availability().paused();
        return f;
    }

    /** Reads the fields; a field that cannot be read is reported with a message key. */
    ProfileCommand toCommand() {
        Set<ActivityType> types = EnumSet.noneOf(ActivityType.class);
        for (String key : activities == null ? List.<String>of() : activities) {
            types.add(ActivityType.ofKey(key).orElseThrow(() -> new UserInputException("error.400")));
        }
        City c = city == null ? null : City.ofKey(city).orElse(null);
        List<WeeklySlot> weekly = new ArrayList<>();
        for (Range r : slots == null ? List.<Range>of() : slots) {
            if (blank(r.from) && blank(r.to)) {
                continue;
            }
            DayOfWeek day;
            try {
                day = DayOfWeek.valueOf(r.day);
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new UserInputException("error.400");
            }
            if (blank(r.from) || blank(r.to)) {
                throw new UserInputException("volunteering.availability.bad-time");
            }
            int from = minutes(r.from);
            int to = minutes(r.to);
            weekly.add(new WeeklySlot(day, from, to == 0 ? 1440 : to));
        }
        List<DateException> dates = new ArrayList<>();
        for (Exception e : exceptions == null ? List.<Exception>of() : exceptions) {
            if (blank(e.from) && blank(e.to)) {
                continue;
            }
            LocalDate first = date(blank(e.from) ? e.to : e.from);
            LocalDate last = date(blank(e.to) ? e.from : e.to);
            DateException.Kind kind = "AWAY".equals(e.kind) ? DateException.Kind.AWAY : DateException.Kind.FREE;
            dates.add(new DateException(kind, first, last));
        }
        ZoneId zoneId;
        try {
            zoneId = blank(zone) ? (c == null ? null : c.zone) : ZoneId.of(zone);
        } catch (java.time.DateTimeException e) {
            throw new UserInputException("volunteering.profile.zone-required");
        }
        return new ProfileCommand(types, skills, languages == null ? List.of() : languages, c, area, number(latitude),
                number(longitude), radius == null ? 10 : radius, remoteOk, blank(birthDate) ? null : date(birthDate),
                blank(ageBand) ? null : AgeBand.valueOf(ageBand), blank(gender) ? null : Gender.valueOf(gender), zoneId, weekly,
                dates, maxWeek, maxMonth, paused);
    }

    static int minutes(String time) {
        String t = time.strip();
        if (t.equals("24:00")) {
            return 1440;
        }
        try {
            LocalTime parsed = LocalTime.parse(t.length() == 4 ? "0" + t : t);
            return parsed.getHour() * 60 + parsed.getMinute();
        } catch (DateTimeParseException e) {
            throw new UserInputException("volunteering.availability.bad-time");
        }
    }

    static LocalDate date(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new UserInputException("volunteering.date.invalid");
        }
    }

    static Double number(String text) {
        if (blank(text)) {
            return null;
        }
        try {
            return Double.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw new UserInputException("volunteering.profile.coordinates");
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public List<String> getActivities() { return activities; }
    public void setActivities(List<String> activities) { this.activities = activities; }
    public String getSkills() { return skills; }
    public void setSkills(String skills) { this.skills = skills; }
    public List<String> getLanguages() { return languages; }
    public void setLanguages(List<String> languages) { this.languages = languages; }
    public String getCity() { return city; }
    public void setCity(String city) { this.city = city; }
    public String getArea() { return area; }
    public void setArea(String area) { this.area = area; }
    public String getLatitude() { return latitude; }
    public void setLatitude(String latitude) { this.latitude = latitude; }
    public String getLongitude() { return longitude; }
    public void setLongitude(String longitude) { this.longitude = longitude; }
    public Integer getRadius() { return radius; }
    public void setRadius(Integer radius) { this.radius = radius; }
    public boolean isRemoteOk() { return remoteOk; }
    public void setRemoteOk(boolean remoteOk) { this.remoteOk = remoteOk; }
    public String getBirthDate() { return birthDate; }
    public void setBirthDate(String birthDate) { this.birthDate = birthDate; }
    public String getAgeBand() { return ageBand; }
    public void setAgeBand(String ageBand) { this.ageBand = ageBand; }
    public String getGender() { return gender; }
    public void setGender(String gender) { this.gender = gender; }
    public String getZone() { return zone; }
    public void setZone(String zone) { this.zone = zone; }
    public List<Range> getSlots() { return slots; }
    public void setSlots(List<Range> slots) { this.slots = slots; }
    public List<Exception> getExceptions() { return exceptions; }
    public void setExceptions(List<Exception> exceptions) { this.exceptions = exceptions; }
    public Integer getMaxWeek() { return maxWeek; }
    public void setMaxWeek(Integer maxWeek) { this.maxWeek = maxWeek; }
    public Integer getMaxMonth() { return maxMonth; }
    public void setMaxMonth(Integer maxMonth) { this.maxMonth = maxMonth; }
    public boolean isPaused() { return paused; }
    public void setPaused(boolean paused) { this.paused = paused; }
}
