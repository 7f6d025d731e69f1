package org.takatuf.volunteering.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.takatuf.core.UserInputException;
import org.takatuf.volunteering.ActivityType;
import org.takatuf.volunteering.internal.City;
import org.takatuf.volunteering.internal.GenderRestriction;
import org.takatuf.volunteering.internal.OpportunityCommand;

/** The organiser's form: an opportunity and its first shift, repeated weekly if asked. */
public class OpportunityForm {

    private String title = "";
    private String description = "";
    private String activity = "";
    private String skills = "";
    private List<String> languages = new ArrayList<>(List.of("ar"));
    private boolean remote;
    private String city = "riyadh";
    private String area = "";
    private String latitude = "";
    private String longitude = "";
    private Integer minAge;
    private String restriction = "NONE";
    private Integer deadline = 24;
    private String date = "";
    private String start = "";
    private String end = "";
    private Integer capacity = 5;
    private Integer weeks = 1;

    OpportunityCommand toCommand() {
        ActivityType type = activity == null || activity.isBlank() ? null : ActivityType.ofKey(activity).orElse(null);
        City c = remote || city == null ? null : City.ofKey(city).orElse(null);
        GenderRestriction r;
        try {
            r = GenderRestriction.valueOf(restriction == null ? "NONE" : restriction);
        } catch (IllegalArgumentException e) {
            throw new UserInputException("error.400");
        }
        List<OpportunityCommand.ShiftSpec> shifts = List.of(new OpportunityCommand.ShiftSpec(date(date), time(start), time(end),
                capacity == null ? 0 : capacity, weeks == null ? 1 : weeks));
        return new OpportunityCommand(title, description, type, skills, languages, remote, c, area, ProfileForm.number(latitude),
                ProfileForm.number(longitude), minAge, r, deadline, null, shifts);
    }

    OpportunityCommand.ShiftSpec shiftSpec() {
        return new OpportunityCommand.ShiftSpec(date(date), time(start), time(end), capacity == null ? 0 : capacity,
                weeks == null ? 1 : weeks);
    }

    static LocalDate date(String text) {
        if (ProfileForm.blank(text)) {
            return null;
        }
        return ProfileForm.date(text);
    }

    static LocalTime time(String text) {
        if (ProfileForm.blank(text)) {
            return null;
        }
        try {
            return LocalTime.parse(text.strip().length() == 4 ? "0" + text.strip() : text.strip());
        } catch (DateTimeParseException e) {
            throw new UserInputException("volunteering.availability.bad-time");
        }
    }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getActivity() { return activity; }
    public void setActivity(String activity) { this.activity = activity; }
    public String getSkills() { return skills; }
    public void setSkills(String skills) { this.skills = skills; }
    public List<String> getLanguages() { return languages; }
    public void setLanguages(List<String> languages) { this.languages = languages; }
    public boolean isRemote() { return remote; }
    public void setRemote(boolean remote) { this.remote = remote; }
    public String getCity() { return city; }
    public void setCity(String city) { this.city = city; }
    public String getArea() { return area; }
    public void setArea(String area) { this.area = area; }
    public String getLatitude() { return latitude; }
    public void setLatitude(String latitude) { this.latitude = latitude; }
    public String getLongitude() { return longitude; }
    public void setLongitude(String longitude) { this.longitude = longitude; }
    public Integer getMinAge() { return minAge; }
    public void setMinAge(Integer minAge) { this.minAge = minAge; }
    public String getRestriction() { return restriction; }
    public void setRestriction(String restriction) { this.restriction = restriction; }
    public Integer getDeadline() { return deadline; }
    public void setDeadline(Integer deadline) { this.deadline = deadline; }
    public String getDate() { return date; }
    public void setDate(String date) { this.date = date; }
    public String getStart() { return start; }
    public void setStart(String start) { this.start = start; }
    public String getEnd() { return end; }
    public void setEnd(String end) { this.end = end; }
    public Integer getCapacity() { return capacity; }
    public void setCapacity(Integer capacity) { this.capacity = capacity; }
    public Integer getWeeks() { return weeks; }
    public void setWeeks(Integer weeks) { this.weeks = weeks; }
}
