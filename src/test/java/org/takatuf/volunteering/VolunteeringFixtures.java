package org.takatuf.volunteering;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.takatuf.identity.CurrentMember;
import org.takatuf.identity.MemberId;
import org.takatuf.identity.MemberManagement;
import org.takatuf.identity.Members;
import org.takatuf.identity.Organisation;
import org.takatuf.identity.OrganisationForm;
import org.takatuf.identity.OrganisationKind;
import org.takatuf.identity.OrganisationManagement;
import org.takatuf.identity.SignUpForm;
import org.takatuf.support.TestData;
import org.takatuf.volunteering.internal.City;
import org.takatuf.volunteering.internal.DateException;
import org.takatuf.volunteering.internal.Gender;
import org.takatuf.volunteering.internal.GenderRestriction;
import org.takatuf.volunteering.internal.Opportunity;
import org.takatuf.volunteering.internal.OpportunityCommand;
import org.takatuf.volunteering.internal.OpportunityManagement;
import org.takatuf.volunteering.internal.ProfileCommand;
import org.takatuf.volunteering.internal.VolunteerManagement;
import org.takatuf.volunteering.internal.VolunteerProfile;
import org.takatuf.volunteering.internal.WeeklySlot;

/**
 * Members, verified organisations, profiles and opportunities for the volunteering tests, made through
 * the modules' own services. A bean of {@link VolunteeringTestConfiguration}.
 */
public class VolunteeringFixtures {

    public static final ZoneId RIYADH = ZoneId.of("Asia/Riyadh");

    private final MemberManagement memberManagement;
    private final Members members;
    private final OrganisationManagement organisations;
    private final VolunteerManagement volunteers;
    private final OpportunityManagement opportunities;
    private final JdbcClient jdbc;
    private final MutableClock clock;

    VolunteeringFixtures(MemberManagement memberManagement, Members members, OrganisationManagement organisations,
                         VolunteerManagement volunteers, OpportunityManagement opportunities, JdbcClient jdbc, MutableClock clock) {
        this.memberManagement = memberManagement;
        this.members = members;
        this.organisations = organisations;
        this.volunteers = volunteers;
        this.opportunities = opportunities;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A signed-up member whose e-mail address is verified. */
    public CurrentMember member(String name) {
        String email = TestData.email("vol");
        MemberId id = memberManagement.signUp(new SignUpForm(email, name, TestData.PASSWORD), Locale.forLanguageTag("ar"));
        // the verification link itself is tested by the identity module; here the address is simply marked verified
        jdbc.sql("UPDATE member SET email_verified_at = now() WHERE id = ?").param(id.value()).update();
        return CurrentMember.of(members.findById(id).orElseThrow()).withoutPassword();
    }

    public String emailOf(CurrentMember member) {
        return member.email();
    }

    /** An organisation that the platform administrators verified, with {@code admin} as its administrator. */
    public Organisation verifiedOrganisation(CurrentMember admin) {
        Organisation o = organisations.create(admin.id(), new OrganisationForm("بنك الطعام " + TestData.suffix(),
                OrganisationKind.values()[0], "جمعية", "الرياض", null, null));
        // verification by a platform administrator is identity's flow (documents, approval); tests start after it
        jdbc.sql("UPDATE organisation SET status = 'VERIFIED', verified_at = now() WHERE id = ?").param(o.getId()).update();
        return organisations.bySlug(o.getSlug()).orElseThrow();
    }

    public static List<WeeklySlot> fridayMornings() {
        return List.of(WeeklySlot.of(DayOfWeek.FRIDAY, LocalTime.of(8, 0), LocalTime.of(12, 0)));
    }

    public VolunteerProfile volunteer(CurrentMember member, Set<ActivityType> types, List<WeeklySlot> slots) {
        return volunteers.save(member.id(), profile(types, "", City.RIYADH, 0.0, 0.02, 20, slots, List.of(), Gender.FEMALE));
    }

    public static ProfileCommand profile(Set<ActivityType> types, String skills, City city, double dLat, double dLon, int radius,
                                         List<WeeklySlot> slots, List<DateException> exceptions, Gender gender) {
        return new ProfileCommand(types, skills, List.of("ar"), city, "حي", city.latitude + dLat, city.longitude + dLon, radius,
                false, LocalDate.of(1995, 5, 5), null, gender, RIYADH, slots, exceptions, null, null, false);
    }

    /** The next Friday (at least two days away) in Riyadh. */
    public LocalDate nextFriday() {
        LocalDate d = LocalDate.now(clock.withZone(RIYADH)).plusDays(2);
        while (d.getDayOfWeek() != DayOfWeek.FRIDAY) {
            d = d.plusDays(1);
        }
        return d;
    }

    public static OpportunityCommand command(String title, ActivityType type, LocalDate date, int fromHour, int toHour, int capacity,
                                             int weeks) {
        return new OpportunityCommand(title, "وصف", type, "", List.of("ar"), false, City.RIYADH, "حي السلي", null, null, null,
                GenderRestriction.NONE, 24, RIYADH,
                List.of(new OpportunityCommand.ShiftSpec(date, LocalTime.of(fromHour, 0), LocalTime.of(toHour, 0), capacity, weeks)));
    }

    public Opportunity opportunity(CurrentMember organiser, Organisation organisation, OpportunityCommand command) {
        return opportunities.create(organiser.id(), organisation.organisationId(), command);
    }

    public Opportunity fridayFoodPacking(CurrentMember organiser, Organisation organisation, int capacity) {
        return opportunity(organiser, organisation, command("تعبئة سلال رمضان " + TestData.suffix(), ActivityType.FOOD_DISTRIBUTION,
                nextFriday(), 9, 11, capacity, 1));
    }

    /** Message keys of the member's in-app notices. */
    public List<String> notices(CurrentMember member) {
        return jdbc.sql("SELECT message_key FROM volunteer_notice WHERE member_id = ?").param(member.uuid()).query(String.class).list();
    }

    public static Set<ActivityType> food() {
        return EnumSet.of(ActivityType.FOOD_DISTRIBUTION);
    }
}
