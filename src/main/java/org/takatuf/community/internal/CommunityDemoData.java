package org.takatuf.community.internal;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
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
import org.takatuf.identity.CurrentMember;
import org.takatuf.identity.Member;
import org.takatuf.identity.Members;

/**
 * Demo content of the community on the embedded default, from the stories of the seeds: a Cairo
 * runners' group with a weekly Friday run and a half marathon, a women entrepreneurs' group in the
 * spirit of I Make This!, and conversations under #كلنا_أكرم, #ادعم_المحلي and "شير في الخير".
 * Written once, when there is no group yet, with the site's demo accounts.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 10)
@ConditionalOnProperty(name = "takatuf.demo.enabled", havingValue = "true")
class CommunityDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CommunityDemoData.class);
    private static final ZoneId CAIRO = ZoneId.of("Africa/Cairo");

    private final JdbcClient jdbc;
    private final Members members;
    private final Groups groups;
    private final Events events;
    private final Clock clock;

    CommunityDemoData(JdbcClient jdbc, Members members, Groups groups, Events events, Clock clock) {
        this.jdbc = jdbc;
        this.members = members;
        this.groups = groups;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (jdbc.sql("SELECT count(*) FROM community_group").query(Long.class).single() > 0) {
            return;
        }
        Optional<CurrentMember> youssef = member("youssef@takatuf.local");
        Optional<CurrentMember> huda = member("huda@takatuf.local");
        Optional<CurrentMember> rana = member("rana@takatuf.local");
        Optional<CurrentMember> layla = member("layla@takatuf.local");
        if (youssef.isEmpty() || huda.isEmpty() || rana.isEmpty()) {
            log.info("No demo accounts: no community demo content");
            return;
        }
        seed(youssef.get(), huda.get(), rana.get(), layla);
    }

    /** Writes the demo groups, events and posts with these accounts (the site's demo members on the embedded default). */
    void seed(CurrentMember youssefAccount, CurrentMember hudaAccount, CurrentMember ranaAccount, Optional<CurrentMember> layla) {
        Optional<CurrentMember> youssef = Optional.of(youssefAccount);
        Optional<CurrentMember> huda = Optional.of(hudaAccount);
        Optional<CurrentMember> rana = Optional.of(ranaAccount);
        LocalDate friday = LocalDate.now(clock.withZone(CAIRO)).with(TemporalAdjusters.next(DayOfWeek.FRIDAY));

        Groups.Group runners = groups.create(youssef.get(), new Groups.Form("عدّائو القاهرة",
                "نجري معًا كل جمعة في الصباح الباكر في شوارع القاهرة وحدائقها: كل المستويات مرحب بها، من أول خمسة كيلومترات إلى نصف الماراثون. "
                        + "بدأنا بعشرين عدّاءً وصرنا آلافًا. #عدائو_القاهرة",
                "احترم الطريق والمارة. لا تترك أحدًا خلفك. الماء أولًا.", "القاهرة", "PUBLIC", false), "cairo-runners");
        events.create(youssef.get(), new Events.Form("جري الجمعة الأسبوعي", "٨ كم بإيقاع مريح، ثم إفطار خفيف وتعارف. #عدائو_القاهرة",
                "حديقة الأزهر، بوابة صلاح سالم", null, friday, LocalTime.of(6, 30), 90, 300, runners.id(), 8, CAIRO.getId()));
        events.create(youssef.get(), new Events.Form("نصف ماراثون القاهرة الخيري",
                "٢١ كم لدعم بنك الطعام: كل كيلومتر يمول وجبة. منطقة تطوع للتنظيم والماء. #شير_في_الخير",
                "ميدان التحرير إلى كورنيش المعادي", null, friday.plusWeeks(5), LocalTime.of(6, 0), 240, 5000, runners.id(), 1, CAIRO.getId()));
        groups.post(youssef.get(), "cairo-runners", "صباح الخير يا أبطال! جري الجمعة في موعده، ومن يحتاج رفيق جري لأول مرة يكتب هنا. #عدائو_القاهرة #شير_في_الخير");
        groups.join(huda.get(), "cairo-runners", "");

        Groups.Group makers = groups.create(huda.get(), new Groups.Form("اعمليها! رائدات أعمال",
                "مجموعة لصاحبات المشاريع المنزلية والصغيرة: اعرضي منتجك، واسألي عن التسويق والتسعير، وادعمي غيرك. "
                        + "على خطى مجموعة I Make This! التي جمعت ١٨٩ ألف عضوة. #ادعم_المحلي",
                "للنساء فقط، ويراجع المشرفات كل طلب. منشور واحد للإعلان في الأسبوع. لا روابط خارجية دون إذن.", "القاهرة", "PUBLIC", true),
                "i-make-this");
        groups.post(huda.get(), "i-make-this", "عرفينا بمشروعك في تعليق: ماذا تصنعين ومن أين يطلب الزبائن؟ كل مشاركة تصل إلى آلاف العضوات. #ادعم_المحلي");
        groups.post(huda.get(), "i-make-this", "ورشة مجانية عن تصوير المنتجات بالهاتف يوم السبت. #ادعم_المحلي #شير_في_الخير");
        events.create(huda.get(), new Events.Form("ورشة تصوير المنتجات بالهاتف", "إضاءة النافذة، الخلفيات البسيطة، والتعديل السريع. #ادعم_المحلي",
                null, "https://meet.example.org/imake-photo", friday.plusDays(1), LocalTime.of(19, 0), 90, 100, makers.id(), 1, CAIRO.getId()));

        groups.create(rana.get(), new Groups.Form("كلنا أكرم: حقوق المشتركين",
                "حين ملّ أكرم من الرد الآلي لشركة الإنترنت، كتب منشورًا وساعده الناس بالضغط حتى أُلغي عقده دون غرامة. هنا نتبادل الخبرات "
                        + "في الشكاوى الجماعية وحقوق المستهلك. #كلنا_أكرم",
                "لا تنشر أرقام هواتف أو عقودًا فيها بيانات شخصية.", "عمّان", "PUBLIC", false), "kullna-akram");
        groups.post(rana.get(), "kullna-akram", "قصة أكرم تقول إن صوتًا واحدًا مع آلاف المشاركات يغيّر الرد. ما الشركة التي تريدون أن نكتب لها معًا؟ #كلنا_أكرم");
        layla.ifPresent(l -> {
            groups.join(l, "kullna-akram", "");
            groups.post(l, "kullna-akram", "#كلنا_اكرم وصل الوسم إلى بيروت! نفس المشكلة مع شركة الإنترنت هنا.");
        });
        log.info("Community demo content: groups {}, {}", runners.slug(), makers.slug());
    }

    private Optional<CurrentMember> member(String email) {
        return members.findByEmail(email).filter(Member::isPubliclyVisible).map(CurrentMember::of).map(CurrentMember::withoutPassword);
    }
}
