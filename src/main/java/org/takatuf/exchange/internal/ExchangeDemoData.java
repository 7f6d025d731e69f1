package org.takatuf.exchange.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.takatuf.identity.AccountProvisioning;
import org.takatuf.identity.Member;
import org.takatuf.identity.Members;

/**
 * Demo content of the exchange on the embedded default, once, when there is no listing: a barter board
 * modelled on LibanTroc (Beirut, 2019: goods and services swapped, then jobs, free items and help for
 * families), its members' offers, asks, services and a job, and six hand-overs already completed so that
 * the board's counts show. Everything goes through the module's own services.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
@ConditionalOnProperty(name = "takatuf.demo.enabled", havingValue = "true")
class ExchangeDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ExchangeDemoData.class);
    static final String PASSWORD = "takatuf-demo-exchange-2026";
    private static final String[] NAMES = {"هالة دحروج", "جورج الحداد", "زينب فقيه", "كريم شمعون", "ميرا سلامة", "علي حمادة",
            "نادين خوري", "رامي عيتاني", "سهى بيطار", "طوني عازار", "فاطمة الموسوي", "جاد نصر"};

    private final JdbcClient jdbc;
    private final Members members;
    private final AccountProvisioning accounts;
    private final Boards boards;
    private final ListingManagement listings;
    private final Handovers handovers;

    ExchangeDemoData(JdbcClient jdbc, Members members, AccountProvisioning accounts, Boards boards, ListingManagement listings,
                     Handovers handovers) {
        this.jdbc = jdbc;
        this.members = members;
        this.accounts = accounts;
        this.boards = boards;
        this.listings = listings;
        this.handovers = handovers;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (jdbc.sql("SELECT count(*) FROM listing").query(Long.class).single() > 0) {
            return;
        }
        seed();
    }

    /** Writes the demo board, its members, listings and completed hand-overs; returns the board. */
    Boards.Board seed() {
        List<UUID> people = new ArrayList<>();
        for (int i = 0; i < NAMES.length; i++) {
            String email = "troc-" + (i + 1) + "@takatuf.local";
            people.add(members.findByEmail(email).map(Member::getId)
                    .orElseGet(() -> accounts.createVerified(email, PASSWORD, NAMES[people.size()], "بيروت", null, Locale.forLanguageTag("ar")).value()));
        }
        Boards.Board board = boards.create(people.get(0), "LibanTroc — مقايضة وعطاء في لبنان",
                "بدأت مجموعة مقايضة سنة ٢٠١٩ مع الأزمة الاقتصادية: نتبادل السلع والخدمات، ننشر الوظائف، نعطي مجانًا وندعم العائلات. لا نتسوّل، بل نفعلها بفخر.",
                ExchangeCity.BEIRUT);
        people.forEach(p -> boards.join(board.id(), p));
        UUID b = board.id();
        post(people.get(1), new ListingDraft(ListingKind.OFFER_THING, Category.CLOTHES, Condition.GOOD, false,
                "ثياب أطفال شتوية (٢–٤ سنوات)", "كنزات وجاكيتات نظيفة، تكفي لطفلين.", null, null, ExchangeCity.BEIRUT, "الأشرفية", b));
        post(people.get(2), new ListingDraft(ListingKind.OFFER_THING, Category.ELECTRONICS, Condition.LIKE_NEW, true,
                "فرن كهربائي صغير للمقايضة", "استعمال شهرين فقط.", "سخّان ماء كهربائي", null, ExchangeCity.BEIRUT, "الحمرا", b));
        post(people.get(3), new ListingDraft(ListingKind.ASK_THING, Category.BABY, null, false,
                "أحتاج سرير أطفال لمولود جديد", "مولودنا الثالث على الطريق، ولا نقدر على شراء سرير الآن.", null, null, ExchangeCity.BEIRUT, "برج حمود", b));
        post(people.get(4), new ListingDraft(ListingKind.OFFER_THING, Category.BABY, Condition.GOOD, false,
                "سرير أطفال خشبي مع فرشة", "بحالة جيدة، يُفك ويُركّب بسهولة.", null, null, ExchangeCity.BEIRUT, "برج حمود", b));
        post(people.get(5), new ListingDraft(ListingKind.OFFER_SERVICE, Category.TUTORING, null, false,
                "دروس فرنسية للمرحلة الابتدائية", "ساعتان أسبوعيًا أونلاين أو في الحي، مجانًا لمن لا يستطيع.", null, null, ExchangeCity.BEIRUT, "فردان", b));
        post(people.get(6), new ListingDraft(ListingKind.ASK_SERVICE, Category.REPAIRS, null, false,
                "من يصلح براد لا يبرّد؟", "البراد يعمل لكنه لا يبرّد منذ أسبوع.", null, null, ExchangeCity.BEIRUT, "الطريق الجديدة", b));
        post(people.get(7), new ListingDraft(ListingKind.OFFER_SERVICE, Category.REPAIRS, null, false,
                "أصلح البرادات والغسالات للعائلات", "فنّي تبريد، أعمل مساءً مجانًا والقطع على حسابكم.", null, null, ExchangeCity.BEIRUT, "الطريق الجديدة", b));
        post(people.get(8), new ListingDraft(ListingKind.JOB, Category.FOOD, null, false,
                "مطلوبة سيدة لتحضير وجبات في مطبخ منزلي", "خمسة أيام في الأسبوع، من التاسعة حتى الثانية.", null, "١٥ دولارًا يوميًا", ExchangeCity.BEIRUT, "المزرعة", b));
        post(people.get(9), new ListingDraft(ListingKind.ASK_THING, Category.BOOKS, null, false,
                "كتب مدرسية للصف الخامس", "المنهاج الرسمي، لطفلتين.", null, null, ExchangeCity.TRIPOLI, "الميناء", null));
        post(people.get(10), new ListingDraft(ListingKind.OFFER_THING, Category.FURNITURE, Condition.GOOD, false,
                "كنبة ثلاثية وطاولة", "ننتقل من البيت، نعطيها لمن يحتاجها.", null, null, ExchangeCity.SIDON, null, null));
        // six hand-overs already done on the board: vegetables and bread from the garden to six families
        for (int i = 0; i < 6; i++) {
            UUID giver = people.get(1 + i % 3);
            UUID receiver = people.get(6 + i);
            Listing l = post(giver, new ListingDraft(ListingKind.OFFER_THING, Category.FOOD, Condition.NEW, false,
                    "سلة خضار من الحديقة (" + (i + 1) + ")", "بندورة وخيار ونعناع.", null, null, ExchangeCity.BEIRUT, "الأشرفية", b));
            if (l == null) {
                continue;
            }
            Handovers.Handover h = handovers.reserve(receiver, l.getId());
            handovers.agree(giver, h.id(), "عند كنيسة الحي");
            handovers.agree(receiver, h.id(), "بعد الظهر");
            handovers.confirm(giver, h.id());
            handovers.confirm(receiver, h.id());
        }
        log.info("Exchange demo content: board {}, {} listings; demo members troc-1..{}@takatuf.local, password {}", board.slug(),
                jdbc.sql("SELECT count(*) FROM listing").query(Long.class).single(), NAMES.length, PASSWORD);
        return board;
    }

    private Listing post(UUID owner, ListingDraft draft) {
        try {
            return listings.post(owner, draft, List.of(), null);
        } catch (RuntimeException e) {
            log.warn("Skipped a demo listing: {}", e.getMessage());
            return null;
        }
    }
}
