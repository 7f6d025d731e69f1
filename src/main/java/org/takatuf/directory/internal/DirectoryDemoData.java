package org.takatuf.directory.internal;

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
 * Demo content of "support local" on the embedded default, once, when there is no business: the home
 * businesses of the #ادعم_المحلي story in Amman (accessories, hijabs, Ramadan decorations, Eid clothes),
 * a home kitchen in Beirut that offers iftar meals to a campaign, and a product photographer of the
 * I Make This! community in Cairo; an ambassador with her featured list and members' endorsements.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
@ConditionalOnProperty(name = "takatuf.demo.enabled", havingValue = "true")
class DirectoryDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DirectoryDemoData.class);
    static final String PASSWORD = "takatuf-demo-local-2026";

    private final JdbcClient jdbc;
    private final Members members;
    private final AccountProvisioning accounts;
    private final Directory directory;

    DirectoryDemoData(JdbcClient jdbc, Members members, AccountProvisioning accounts, Directory directory) {
        this.jdbc = jdbc;
        this.members = members;
        this.accounts = accounts;
        this.directory = directory;
    }

    private UUID person(String key, String name, String city) {
        String email = key + "@takatuf.local";
        return members.findByEmail(email).map(Member::getId)
                .orElseGet(() -> accounts.createVerified(email, PASSWORD, name, city, null, Locale.forLanguageTag("ar")).value());
    }

    @Override
    public void run(ApplicationArguments args) {
        if (jdbc.sql("SELECT count(*) FROM business").query(Long.class).single() > 0) {
            return;
        }
        seed();
    }

    /** Writes the demo businesses, products, ambassador, featured list and endorsements; returns the list. */
    Directory.FeaturedList seed() {
        List<Business> opened = new ArrayList<>();
        opened.add(open(person("lama", "لمى الخطيب", "عمّان"), new BusinessDraft("إكسسوارات لمى اليدوية",
                "أسوار وعقود من الخرز أصنعها في البيت منذ الحجر. بدأت بمنشور واحد و«منشن» من صديقة.", BusinessCategory.ACCESSORIES,
                true, true, DirectoryCity.AMMAN, "عمّان كلها، والزرقاء بالبريد", "+962791112233", "@lama.beads", null, "كل يوم من ١٠ صباحًا حتى ٨ مساءً"),
                new String[][] {{"أسوارة خرز ملوّنة", "4.5"}, {"عقد فضي مطلي", "12"}}));
        opened.add(open(person("salma", "سلمى عودة", "عمّان"), new BusinessDraft("حجابات سلمى",
                "حجابات شيفون وقطن بألوان الموسم، تطريز يدوي عند الطلب.", BusinessCategory.HIJABS, true, true, DirectoryCity.AMMAN,
                "عمّان، توصيل خلال يومين", "+962795556677", "@salma.hijabs", null, "السبت إلى الخميس"),
                new String[][] {{"حجاب شيفون", "6"}, {"حجاب قطن مطرّز", "9.75"}}));
        opened.add(open(person("umyazan", "أم يزن", "الزرقاء"), new BusinessDraft("فوانيس وزينة رمضان — أم يزن",
                "فوانيس خشبية وأهلّة مضيئة نصنعها أنا وبناتي قبل رمضان بشهرين.", BusinessCategory.DECORATIONS, true, true, DirectoryCity.ZARQA,
                "الزرقاء وعمّان", "+962777001122", null, null, null),
                new String[][] {{"فانوس خشبي صغير", "8"}, {"هلال مضيء للشرفة", "15"}}));
        opened.add(open(person("nadia", "نادية الشرع", "إربد"), new BusinessDraft("مشغل نادية — ملابس العيد للأطفال",
                "فساتين وقمصان عيد نخيطها في البيت بأسعار تناسب العائلات.", BusinessCategory.CLOTHING, true, true, DirectoryCity.IRBID,
                "إربد", "+962788889900", "@nadia.eid", null, "قبل العيد كل يوم حتى منتصف الليل"),
                new String[][] {{"فستان عيد (٤–٨ سنوات)", "14"}, {"قميص ولادي", "7.5"}}));
        Business kitchen = open(person("umsami", "أم سامي", "بيروت"), new BusinessDraft("مطبخ أم سامي",
                "أكل بيتي لبناني: محاشي وكبة ويخنات، نطبخ للطلاب والعائلات.", BusinessCategory.FOOD, true, true, DirectoryCity.BEIRUT,
                "بيروت الإدارية", "+9613456789", null, null, "ظهرًا حتى السابعة"),
                new String[][] {{"صحن محشي ورق عنب", "450000"}});
        opened.add(kitchen);
        opened.add(open(person("rania", "رانيا عاطف", "القاهرة"), new BusinessDraft("تصوير منتجات — I Make This!",
                "مصوّرة مستقلة أسّست مجتمعًا لرائدات الأعمال، أصوّر منتجات المشاريع المنزلية بأسعار رمزية.", BusinessCategory.OTHER, false, true,
                DirectoryCity.CAIRO, "القاهرة والجيزة", null, "@imakethis", "imakethis.example", null),
                new String[][] {{"جلسة تصوير ١٠ منتجات", "750"}}));
        if (kitchen != null) {
            directory.offerInKind(kitchen.getOwnerId(), kitchen.getSlug(), "campaign", "إفطار صائم — بيروت", "وجبة إفطار ساخنة", 100);
        }
        UUID hadeel = person("hadeel", "هديل شحادة", "عمّان");
        UUID admin = members.findByEmail("admin@takatuf.local").map(Member::getId).orElse(hadeel);
        directory.grantAmbassador(admin, "hadeel@takatuf.local");
        UUID mosab = person("mosab", "مصعب جابر", "عمّان");
        UUID fawzi = person("fawzi", "فوزي متولي", "عمّان");
        Directory.FeaturedList list = directory.createList(hadeel, "١٠ مشاريع منزلية ندعمها هذا العيد",
                "من قصص #ادعم_المحلي: مشاريع صمدت في الحجر بفضل «منشن» من الناس. دعمها يجب أن يدوم بعد الأزمة.");
        for (Business b : opened) {
            if (b == null) {
                continue;
            }
            directory.addToList(hadeel, list.slug(), b.getSlug());
            directory.endorse(hadeel, b.getSlug(), "دعمتهم في الحجر وأدعمهم اليوم.");
            directory.endorse(mosab, b.getSlug(), "شغل نظيف وأسعار عادلة.");
            directory.endorse(fawzi, b.getSlug(), "جرّبت بنفسي، أنصح به.");
        }
        log.info("Support-local demo content: {} businesses, ambassador hadeel@takatuf.local, password {}", opened.size(), PASSWORD);
        return directory.list(list.slug()).orElseThrow();
    }

    private Business open(UUID owner, BusinessDraft draft, String[][] products) {
        try {
            Business b = directory.open(owner, draft);
            for (String[] p : products) {
                directory.addProduct(owner, b.getSlug(), p[0], null, p[1], null);
            }
            return b;
        } catch (RuntimeException e) {
            log.warn("Skipped a demo business: {}", e.getMessage());
            return null;
        }
    }
}
