package org.takatuf.volunteering.internal;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.takatuf.identity.Member;
import org.takatuf.identity.MemberId;
import org.takatuf.identity.AccountProvisioning;
import org.takatuf.identity.Members;
import org.takatuf.identity.Organisation;
import org.takatuf.identity.OrganisationManagement;
import org.takatuf.identity.OrganisationRole;
import org.takatuf.volunteering.ActivityType;

/**
 * Demo content of the volunteer bank on the embedded default ({@code takatuf.demo.enabled=true}),
 * written once, when the volunteering tables are empty, after the site's demo organisations and
 * members exist (it runs last). Opportunities come from the stories of the seeds: a food bank's Ramadan
 * packing, a winter-clothes drive for refugees, a Friday run's marshals. Without a verified demo
 * organisation it creates no opportunity.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
@ConditionalOnProperty(name = "takatuf.demo.enabled", havingValue = "true")
class VolunteeringDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(VolunteeringDemoData.class);
    static final String DEMO_DOMAIN = "@takatuf.local";
    static final String PASSWORD = "takatuf-demo-volunteer-2026";
    private static final Locale ARABIC = Locale.forLanguageTag("ar");
    private static final String[] NAMES = {"فاطمة الزهراء حسن", "محمد عبد الرحمن", "نور الهدى إبراهيم", "أحمد السيد", "مريم خالد",
            "يوسف عبد الله", "سارة المصري", "عمر الفاروق", "هبة محمود", "خالد العتيبي", "ريم القحطاني", "عبد الله الشمري",
            "ليلى النجار", "حمزة الحسيني", "آمنة يوسف", "طارق عادل", "دينا فؤاد", "سلمان الدوسري", "جنى الخطيب", "كريم منصور"};

    private final JdbcClient jdbc;
    private final Members members;
    private final AccountProvisioning accounts;
    private final OrganisationManagement organisations;
    private final VolunteerManagement volunteers;
    private final OpportunityManagement opportunities;
    private final Clock clock;

    VolunteeringDemoData(JdbcClient jdbc, Members members, AccountProvisioning accounts, OrganisationManagement organisations,
                         VolunteerManagement volunteers, OpportunityManagement opportunities, Clock clock) {
        this.jdbc = jdbc;
        this.members = members;
        this.accounts = accounts;
        this.organisations = organisations;
        this.volunteers = volunteers;
        this.opportunities = opportunities;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        long existing = jdbc.sql("SELECT (SELECT count(*) FROM volunteer_profile) + (SELECT count(*) FROM opportunity)").query(Long.class).single();
        if (existing > 0) {
            return;
        }
        List<Member> demoMembers = members.findAll().stream().filter(m -> m.getEmail().endsWith(DEMO_DOMAIN)).toList();
        List<Organisation> verified = organisations.all().stream().filter(Organisation::isVerified).toList();
        if (demoMembers.isEmpty() && verified.isEmpty()) {
            log.info("No demo members or organisations: no volunteering demo content");
            return;
        }
        seed(demoMembers, verified);
    }

    /** Profiles for the given members and twenty more demo volunteers; the stories' opportunities for the organisations. */
    void seed(List<Member> demoMembers, List<Organisation> verified) {
        int profiles = profiles(demoMembers);
        int created = opportunities(verified);
        log.info("Volunteering demo content: {} volunteer profiles, {} opportunities", profiles, created);
    }

    private int profiles(List<Member> demoMembers) {
        List<MemberId> people = new ArrayList<>(demoMembers.stream().map(Member::memberId).toList());
        for (int i = 0; i < NAMES.length; i++) {
            String email = "volunteer-" + (i + 1) + DEMO_DOMAIN;
            Optional<Member> existing = members.findByEmail(email);
            if (existing.isEmpty()) {
                // demo people are created with their addresses verified and no mail sent, like the site's demo members
                people.add(accounts.createVerified(email, PASSWORD, NAMES[i], null, null, ARABIC));
            } else if (volunteers.profileOf(existing.get().memberId()).isEmpty()) {
                people.add(existing.get().memberId());
            }
        }
        Random random = new Random(2026);
        // Beirut too, where the demo humanitarian cases are: their organisation can ask the bank for volunteers
        City[] cities = {City.CAIRO, City.GIZA, City.AMMAN, City.RIYADH, City.ALEXANDRIA, City.BEIRUT};
        int count = 0;
        for (MemberId person : people) {
            City city = cities[random.nextInt(cities.length)];
            Set<ActivityType> types = EnumSet.noneOf(ActivityType.class);
            types.add(ActivityType.values()[random.nextInt(ActivityType.values().length)]);
            types.add(List.of(ActivityType.FOOD_DISTRIBUTION, ActivityType.REFUGEE_SUPPORT, ActivityType.EVENTS).get(random.nextInt(3)));
            List<WeeklySlot> slots = switch (random.nextInt(4)) {
                case 0 -> List.of(WeeklySlot.of(DayOfWeek.FRIDAY, LocalTime.of(6, 0), LocalTime.of(12, 0)));
                case 1 -> List.of(WeeklySlot.of(DayOfWeek.SUNDAY, LocalTime.of(18, 0), LocalTime.of(22, 0)),
                        WeeklySlot.of(DayOfWeek.TUESDAY, LocalTime.of(18, 0), LocalTime.of(22, 0)),
                        WeeklySlot.of(DayOfWeek.THURSDAY, LocalTime.of(18, 0), LocalTime.MIDNIGHT));
                case 2 -> List.of(WeeklySlot.of(DayOfWeek.FRIDAY, LocalTime.of(14, 0), LocalTime.of(20, 0)),
                        WeeklySlot.of(DayOfWeek.SATURDAY, LocalTime.of(9, 0), LocalTime.of(17, 0)));
                default -> List.of(WeeklySlot.of(DayOfWeek.SATURDAY, LocalTime.of(8, 0), LocalTime.of(13, 0)),
                        WeeklySlot.of(DayOfWeek.MONDAY, LocalTime.of(17, 0), LocalTime.of(21, 0)));
            };
            LocalDate today = LocalDate.now(clock.withZone(city.zone));
            List<DateException> exceptions = random.nextInt(3) == 0
                    ? List.of(new DateException(DateException.Kind.FREE, today.plusDays(10), today.plusDays(12)))
                    : List.of();
            try {
                volunteers.save(person, new ProfileCommand(types, random.nextBoolean() ? "إسعافات أولية، قيادة" : "تنظيم، تصوير",
                        random.nextInt(4) == 0 ? List.of("ar", "en") : List.of("ar"), city, null,
                        city.latitude + (random.nextDouble() - 0.5) * 0.08, city.longitude + (random.nextDouble() - 0.5) * 0.08,
                        10 + random.nextInt(30), random.nextInt(3) == 0, null, AgeBand.values()[2 + random.nextInt(4)], random.nextBoolean() ? Gender.FEMALE : Gender.MALE,
                        city.zone, slots, exceptions, random.nextInt(3) == 0 ? 8 : null, null, false));
                count++;
            } catch (RuntimeException e) {
                log.warn("Skipped a demo volunteer profile: {}", e.getMessage());
            }
        }
        return count;
    }

    private int opportunities(List<Organisation> verified) {
        if (verified.isEmpty()) {
            return 0;
        }
        int created = 0;
        LocalDate friday = nextFriday(ZoneId.of("Africa/Cairo"));
        created += create(verified.get(0), new OpportunityCommand("تعبئة سلال رمضان الغذائية",
                "نجهّز سلال رمضان للأسر المتعففة في مخزن بنك الطعام: فرز المواد الغذائية، التعبئة، وتحميل السيارات. "
                        + "لا تحتاج خبرة سابقة، ويُفضّل من يستطيع حمل الصناديق.",
                ActivityType.FOOD_DISTRIBUTION, "تنظيم، قيادة", List.of("ar"), false, City.CAIRO, "مدينة نصر", null, null, 16,
                GenderRestriction.NONE, 24, City.CAIRO.zone,
                List.of(new OpportunityCommand.ShiftSpec(friday, LocalTime.of(14, 0), LocalTime.of(18, 0), 20, 4),
                        new OpportunityCommand.ShiftSpec(friday.plusDays(1), LocalTime.of(9, 0), LocalTime.of(13, 0), 15, 4))));
        Organisation second = verified.get(Math.min(1, verified.size() - 1));
        created += create(second, new OpportunityCommand("حملة ملابس الشتاء للاجئين",
                "نجمع الملابس الشتوية والبطانيات ونفرزها حسب المقاس، ثم نوزعها على الأسر اللاجئة في المخيمات القريبة. "
                        + "نحتاج من يتحدث الكردية أو الإنجليزية للمساعدة في التوزيع.",
                ActivityType.REFUGEE_SUPPORT, "فرز، ترجمة", List.of("ar", "ku", "en"), false, City.AMMAN, "ماركا", null, null, 18,
                GenderRestriction.NONE, 48, City.AMMAN.zone,
                List.of(new OpportunityCommand.ShiftSpec(nextFriday(City.AMMAN.zone).plusDays(1), LocalTime.of(10, 0), LocalTime.of(15, 0), 25, 3),
                        new OpportunityCommand.ShiftSpec(nextFriday(City.AMMAN.zone).plusDays(3), LocalTime.of(17, 0), LocalTime.of(20, 0), 10, 3))));
        Organisation third = verified.get(Math.min(2, verified.size() - 1));
        created += create(third, new OpportunityCommand("منظمو سباق الجمعة",
                "ننظم جري الجمعة الأسبوعي على كورنيش النيل: تنظيم خط البداية، محطات المياه، وتوجيه العدّائين على المسار.",
                ActivityType.EVENTS, "إسعافات أولية", List.of("ar", "en"), false, City.CAIRO, "الزمالك", null, null, 16,
                GenderRestriction.NONE, 12, City.CAIRO.zone,
                List.of(new OpportunityCommand.ShiftSpec(friday, LocalTime.of(6, 0), LocalTime.of(9, 0), 15, 8))));
        created += create(third, new OpportunityCommand("ركن الإرشاد للعدّاءات",
                "فريق نسائي يرافق العدّاءات الجدد في أول جري لهن ويجيب عن أسئلتهن.",
                ActivityType.EVENTS, "", List.of("ar"), false, City.CAIRO, "الزمالك", null, null, 18,
                GenderRestriction.WOMEN_ONLY, 12, City.CAIRO.zone,
                List.of(new OpportunityCommand.ShiftSpec(friday, LocalTime.of(6, 0), LocalTime.of(8, 0), 6, 4))));
        return created;
    }

    private int create(Organisation organisation, OpportunityCommand command) {
        Optional<MemberId> organiser = organisations.people(organisation.organisationId()).stream()
                .filter(p -> p.role() == OrganisationRole.ADMIN).map(OrganisationManagement.Person::id).findFirst();
        if (organiser.isEmpty()) {
            return 0;
        }
        try {
            opportunities.create(organiser.get(), organisation.organisationId(), command);
            return 1;
        } catch (RuntimeException e) {
            log.warn("Skipped a demo opportunity: {}", e.getMessage());
            return 0;
        }
    }

    private LocalDate nextFriday(ZoneId zone) {
        LocalDate d = LocalDate.now(clock.withZone(zone)).plusDays(1);
        while (d.getDayOfWeek() != DayOfWeek.FRIDAY) {
            d = d.plusDays(1);
        }
        return d;
    }
}
