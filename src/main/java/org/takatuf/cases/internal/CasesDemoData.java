package org.takatuf.cases.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.takatuf.cases.CaseCategory;
import org.takatuf.identity.Member;
import org.takatuf.identity.MemberId;
import org.takatuf.identity.Members;
import org.takatuf.identity.Organisation;
import org.takatuf.identity.OrganisationManagement;

/**
 * Demo cases on the embedded default ({@code takatuf.demo.enabled=true}), written once when there is
 * none, after the site's demo organisations exist. They follow the LibanTroc story of the seeds (food,
 * housing and surgery for families in Lebanon): enough open cases in Beirut and Tripoli that the needs
 * page shows groups of five or more, a few verified and published by LibanTroc, one closed. All names
 * and numbers are invented.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
@ConditionalOnProperty(name = "takatuf.demo.enabled", havingValue = "true")
class CasesDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CasesDemoData.class);
    private static final Locale AR = Locale.forLanguageTag("ar");

    private record Demo(CaseCategory category, String urgency, CaseCity city, String area, int household, String summary) {
    }

    private static final List<Demo> DEMO = List.of(
            new Demo(CaseCategory.FOOD, "critical", CaseCity.BEIRUT, "برج حمود", 5, "أم وأربعة أطفال، الأب بلا عمل منذ الأزمة، لا طعام في البيت لآخر الشهر."),
            new Demo(CaseCategory.FOOD, "high", CaseCity.BEIRUT, "الأشرفية", 2, "زوجان مسنّان يعيشان على معاش لم يعد يكفي ثمن الخبز والدواء."),
            new Demo(CaseCategory.FOOD, "high", CaseCity.BEIRUT, "الكرنتينا", 6, "أسرة من ستة أفراد خسرت بيتها وعملها بعد انفجار المرفأ، تحتاج حصصًا غذائية شهرية."),
            new Demo(CaseCategory.FOOD, "normal", CaseCity.BEIRUT, "الطريق الجديدة", 4, "عائلة تحتاج حليب أطفال وحفاضات لطفلين رضيعين."),
            new Demo(CaseCategory.FOOD, "high", CaseCity.BEIRUT, "النبعة", 7, "أسرة كبيرة، الأب مريض والأم تعمل بأجر يومي لا يكفي الطعام."),
            new Demo(CaseCategory.FOOD, "normal", CaseCity.BEIRUT, "برج البراجنة", 3, "أرملة مع ولدين في المدرسة، تحتاج سلة غذائية."),
            new Demo(CaseCategory.RENT_SHELTER, "critical", CaseCity.BEIRUT, "الكرنتينا", 4, "إنذار بالإخلاء خلال أسبوعين، الإيجار متأخر ثلاثة أشهر."),
            new Demo(CaseCategory.RENT_SHELTER, "high", CaseCity.BEIRUT, "الأشرفية", 3, "سقف البيت متضرر منذ الانفجار ويدخله المطر."),
            new Demo(CaseCategory.RENT_SHELTER, "high", CaseCity.BEIRUT, "برج حمود", 5, "أسرة تسكن غرفة واحدة وتحتاج مساعدة في إيجار شهرين."),
            new Demo(CaseCategory.RENT_SHELTER, "normal", CaseCity.BEIRUT, "الطريق الجديدة", 2, "شاب من ذوي الإعاقة مع والدته، الإيجار ارتفع بالدولار."),
            new Demo(CaseCategory.RENT_SHELTER, "critical", CaseCity.BEIRUT, "النبعة", 6, "الأسرة تنام عند أقارب بعد طردها من المسكن."),
            new Demo(CaseCategory.MEDICAL_SURGERY, "critical", CaseCity.TRIPOLI, "باب التبانة", 4, "طفل يحتاج عملية قلب مفتوح، والمستشفى يطلب دفعة أولى."),
            new Demo(CaseCategory.MEDICAL_SURGERY, "high", CaseCity.TRIPOLI, "القبة", 3, "أب يحتاج عملية في الظهر ليعود إلى عمله."),
            new Demo(CaseCategory.MEDICAL_SURGERY, "high", CaseCity.TRIPOLI, "الميناء", 5, "أم تحتاج جلسات غسيل كلى لا يغطيها الضمان."),
            new Demo(CaseCategory.MEDICAL_SURGERY, "normal", CaseCity.TRIPOLI, "أبي سمراء", 2, "مسنّة تحتاج عملية مياه بيضاء في العينين."),
            new Demo(CaseCategory.MEDICAL_SURGERY, "critical", CaseCity.TRIPOLI, "باب التبانة", 6, "شاب أصيب في حادث ويحتاج عملية تثبيت كسور."),
            new Demo(CaseCategory.MEDICAL_SURGERY, "high", CaseCity.BEIRUT, "الأشرفية", 3, "طفلة تحتاج سماعة أذن وعملية صغيرة."),
            new Demo(CaseCategory.WINTER, "high", CaseCity.ZAHLE, "حوش الأمراء", 5, "خيمة بلا مدفأة في البقاع، البرد قارس والأطفال مرضى."),
            new Demo(CaseCategory.EDUCATION, "normal", CaseCity.SIDON, "الست نفيسة", 4, "ثلاثة أطفال يحتاجون أقساط المدرسة والكتب."));

    private final CaseManagement cases;
    private final OrganisationManagement organisations;
    private final Members members;
    private final JdbcClient jdbc;

    CasesDemoData(CaseManagement cases, OrganisationManagement organisations, Members members, JdbcClient jdbc) {
        this.cases = cases;
        this.organisations = organisations;
        this.members = members;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (jdbc.sql("SELECT count(*) FROM case_report").query(Long.class).single() > 0) {
            return;
        }
        Optional<Organisation> libanTroc = organisations.all().stream()
                .filter(o -> o.isVerified() && o.getName().contains("LibanTroc")).findFirst();
        Optional<Member> layla = members.findByEmail("layla@takatuf.local");
        Optional<Member> huda = members.findByEmail("huda@takatuf.local");
        if (libanTroc.isEmpty() || layla.isEmpty()) {
            return;
        }
        List<java.util.UUID> made = seed(libanTroc.get(), layla.get().memberId(), huda.map(Member::memberId).orElse(null));
        log.info("Demo content of the cases: {} reports handled by {}", made.size(), libanTroc.get().getName());
    }

    /**
     * Gives {@code org} (administered by {@code admin}) its coverage and the demo reports; every third one
     * comes from {@code reporter}'s account when given. Returns the cases made, in the order of {@code DEMO}.
     */
    List<java.util.UUID> seed(Organisation org, MemberId admin, MemberId reporterAccount) {
        List<String> cells = new ArrayList<>();
        for (CaseCity city : List.of(CaseCity.BEIRUT, CaseCity.TRIPOLI, CaseCity.JOUNIEH)) {
            for (CaseCategory category : List.of(CaseCategory.FOOD, CaseCategory.RENT_SHELTER, CaseCategory.MEDICAL_SURGERY)) {
                cells.add(city.name() + ":" + category.name());
            }
        }
        cases.setCoverage(admin, org, cells);
        int n = 0;
        List<java.util.UUID> made = new ArrayList<>();
        for (Demo d : DEMO) {
            n++;
            // invented protected details, so that the protected page shows what an organisation sees
            MemberId reporter = n % 3 == 0 ? reporterAccount : null;
            CaseCommand command = new CaseCommand(d.category().key(), d.urgency(), d.city().key(), d.area(), d.household(), d.summary(),
                    "أسرة تجريبية " + n, "+961 70 000 " + String.format("%03d", n), "عنوان تجريبي " + n + "، " + d.area(),
                    null, null, null, reporter == null ? "demo-reporter-" + n + "@takatuf.local" : null, true, false,
                    "demo-" + org.getId() + "-" + n, List.of());
            made.add(cases.report(reporter, command, AR).caseId());
        }
        // LibanTroc takes up the first cases of Beirut: verified and published, one adopted, one closed
        for (int i = 0; i < 4; i++) {
            java.util.UUID id = made.get(i);
            cases.claim(admin, org, id);
            cases.verify(admin, org, id, "زيارة منزلية من متطوعَين في المجموعة", null);
            if (i < 3) {
                cases.publish(admin, org, id, null);
            }
        }
        cases.adopt(admin, org, made.get(0));
        cases.give(admin, org, made.get(0), "حصة غذائية لشهر كامل");
        cases.close(admin, org, made.get(3), "وصلت الأسرة حصص غذائية لثلاثة أشهر");
        cases.claim(admin, org, made.get(11));
        return made;
    }
}
