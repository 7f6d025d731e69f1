package org.takatuf.advocacy.internal;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.takatuf.advocacy.Sector;
import org.takatuf.identity.AccountProvisioning;
import org.takatuf.identity.Member;
import org.takatuf.identity.MemberId;
import org.takatuf.identity.Members;

/**
 * Demo complaints on the embedded default ({@code takatuf.demo.enabled=true}), written once when there is
 * no complaint yet, after the site's demo members exist. From the seed story (#كلنا_أكرم, with invented
 * company names): a telecom that ignored a customer's broken internet and a cancellation fee, which
 * answered and is confirmed resolved by him; a camera shop that sold a photographer a counterfeit and never
 * answered, escalated to the consumer-protection body; and a bank complaint still waiting for an answer.
 * The demo members support them. The timeline is moved into the past by rewriting timestamps (demo only).
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
@ConditionalOnProperty(name = "takatuf.demo.enabled", havingValue = "true")
class AdvocacyDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdvocacyDemoData.class);
    static final String DEMO_DOMAIN = "@takatuf.local";
    static final String PASSWORD = "takatuf-demo-complaint-2026";
    private static final Locale ARABIC = Locale.forLanguageTag("ar");

    private final JdbcClient jdbc;
    private final Members members;
    private final AccountProvisioning accounts;
    private final ComplaintManagement complaints;
    private final SupportManagement supports;
    private final CompanyManagement companies;
    private final Clock clock;

    AdvocacyDemoData(JdbcClient jdbc, Members members, AccountProvisioning accounts, ComplaintManagement complaints,
                     SupportManagement supports, CompanyManagement companies, Clock clock) {
        this.jdbc = jdbc;
        this.members = members;
        this.accounts = accounts;
        this.complaints = complaints;
        this.supports = supports;
        this.companies = companies;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (jdbc.sql("SELECT count(*) FROM advocacy_complaint").query(Long.class).single() > 0) {
            return;
        }
        List<MemberId> crowd = members.findAll().stream().filter(m -> m.getEmail().endsWith(DEMO_DOMAIN))
                .map(Member::memberId).toList();
        if (crowd.isEmpty()) {
            log.info("No demo members: no advocacy demo content");
            return;
        }
        seed("", crowd);
    }

    /** What the demo wrote, for the log and the tests. */
    record Seeded(UUID telecom, UUID counterfeit, UUID bank, MemberId akram, MemberId representative) {
    }

    /**
     * Writes the demo complaints. {@code suffix} goes into the demo e-mails and hashtags (empty on the demo
     * itself, unique in tests that share a database); {@code crowd} are the members who support them.
     */
    Seeded seed(String suffix, List<MemberId> crowd) {
        MemberId akram = account("akram" + suffix, "أكرم س.", "عمّان");
        MemberId noha = account("noha" + suffix, "نهى عادل", "القاهرة");
        MemberId dalia = account("dalia" + suffix, "داليا منصور", "الرياض");
        MemberId rep = account("amal-care" + suffix, "خدمة عملاء أمل للاتصالات", "عمّان");
        String tag = suffix.isEmpty() ? "" : "_" + suffix.replace("-", "_");

        // 1. the telecom: resolved, confirmed by the complainant
        Complaint telecom = complaints.open(akram, new ComplaintCommand("أمل للاتصالات", "JO", Sector.TELECOM,
                "الإنترنت في بيتي معطّل منذ أسابيع، ويطلبون غرامة لإلغاء العقد",
                """
                        عند تعطّل الإنترنت أتصل بخدمة العملاء فيكون الجواب جاهزًا: أطفئ جهاز الإنترنت وأعد تشغيله، \
                        أو «زبوننا العزيز سنعاود الاتصال بك لاحقًا» ثم لا يأتي «لاحقًا».
                        العطل من الشركة منذ أكثر من ثلاثة أسابيع، والعقد يُعفي المشترك من غرامة الإلغاء إذا كان الخلل \
                        بسبب الشركة، لكنهم يطلبون الغرامة كاملة إن ألغيت.""",
                Outcome.CANCELLATION_WITHOUT_PENALTY, "إصلاح الخدمة خلال أسبوع، أو إلغاء العقد دون غرامة كما ينص العقد",
                "كلنا_أكرم" + tag), UUID.randomUUID());
        complaints.addEvidence(akram, telecom.id(), image("ERROR 651  ·  ADSL DOWN", new Color(220, 38, 38)),
                "لقطة شاشة لصفحة الراوتر: الخط مقطوع", true);
        complaints.addEvidence(akram, telecom.id(), image("INVOICE  ·  EARLY TERMINATION FEE", new Color(15, 118, 110)),
                "الفاتورة وفيها غرامة الإلغاء", true);
        complaints.send(akram, telecom.id());
        String[] experiences = {"أمل! فضحتونا مع أكرم. نفس العطل عندي منذ شهر والرد نفسه: أعد تشغيل الراوتر.",
                "دفعت غرامة الإلغاء السنة الماضية مع أن العطل كان منهم. #كلنا_أكرم",
                "خدمة العملاء تعد بالاتصال ولا تتصل. سجّلت أربع تذاكر بلا فائدة."};
        support(crowd, telecom, experiences);
        companies.appointRepresentative(telecom.companyId(), rep);
        jdbc.sql("UPDATE advocacy_company SET official_domain = 'amal-telecom.example' WHERE id = ?").param(telecom.companyId()).update();
        complaints.respond(rep, telecom.id(), "نعتذر لأكرم ولكل من تأخرنا عليه. أصلحنا الخط المعطل في الحي، وألغينا غرامة إلغاء العقد لمن "
                + "تأثر بالعطل. سيتصل بك فريقنا اليوم لتأكيد ذلك.", true, true);
        complaints.respond(rep, telecom.id(), "أكرم، فتحنا لك تذكرة برقم 55123 وأعفيناك من غرامة الإلغاء إن أردت الإلغاء.", false, false);
        complaints.confirmResolved(akram, telecom.id());
        backdate(telecom.id(), Duration.ofDays(9), Duration.ofDays(2), Duration.ofDays(1));

        // 2. the camera shop: never answered, escalated to consumer protection
        Complaint counterfeit = complaints.open(noha, new ComplaintCommand("متاجر الضياء للكاميرات", "EG", Sector.RETAIL,
                "كاميرا بـ500 دولار تبيّن أنها مقلّدة وغير أصلية",
                """
                        اشترى لي أصدقائي كاميرا احترافية هدية بقيمة 500 دولار من المتجر، واكتشفت بعد استعمال قصير جدًا أنها \
                        مزوّرة وغير أصلية. أعمل مصوّرة منذ خمس سنوات وأعرف الفرق.
                        حين راجعت المتجر قال لي أحد العاملين: إن كنتِ تقدرين على توريطنا في مشكلة فافعلي. \
                        ثم حذف المتجر توضيحه المنشور وبدأ يحجب من يسأل.""",
                Outcome.REFUND, "استرداد ثمن الكاميرا كاملًا", "الضياء_نصب" + tag), UUID.randomUUID());
        complaints.addEvidence(noha, counterfeit.id(), image("SERIAL  ·  NOT FOUND IN MAKER REGISTRY", new Color(180, 83, 9)),
                "نتيجة البحث عن الرقم التسلسلي في موقع الشركة المصنّعة", true);
        complaints.addEvidence(noha, counterfeit.id(), image("RECEIPT  ·  500 USD", new Color(30, 64, 175)), "إيصال الشراء", true);
        complaints.send(noha, counterfeit.id());
        support(crowd, counterfeit, new String[] {"اشتريت منهم عدسة مقلّدة أيضًا، والضمان ورقة بلا قيمة.",
                "سوق الكاميرات الاحترافية صغير، وما حدث لنهى يحدث لكثيرين بصمت."});
        backdate(counterfeit.id(), Duration.ofDays(20), null, null);
        complaints.escalate(noha, counterfeit.id());

        // 3. a bank: sent three days ago, waiting
        Complaint bank = complaints.open(dalia, new ComplaintCommand("بنك الواحة", "SA", Sector.BANKING,
                "رسوم سنوية على بطاقة قيل لنا إنها مجانية مدى الحياة",
                """
                        فتحت حسابًا وبطاقة على أنها مجانية مدى الحياة كما في الإعلان، ثم خُصمت رسوم سنوية 250 ريالًا دون إشعار. \
                        راجعت الفرع مرتين وقيل لي إن العرض انتهى.""",
                Outcome.REFUND, "استرداد الرسوم وإلغاؤها كما في الإعلان", "رسوم_الواحة" + tag), UUID.randomUUID());
        complaints.addEvidence(dalia, bank.id(), image("STATEMENT  ·  ANNUAL FEE 250 SAR", new Color(88, 28, 135)),
                "كشف الحساب وفيه الرسوم", true);
        complaints.send(dalia, bank.id());
        support(crowd.subList(0, Math.min(6, crowd.size())), bank, new String[] {"خُصمت مني الرسوم نفسها هذا الشهر."});
        backdate(bank.id(), Duration.ofDays(3), null, null);

        log.info("Advocacy demo content: 3 complaints (#كلنا_أكرم resolved, a counterfeit camera escalated, a bank waiting)");
        return new Seeded(telecom.id(), counterfeit.id(), bank.id(), akram, rep);
    }

    private MemberId account(String key, String name, String city) {
        String email = key + DEMO_DOMAIN;
        return members.findByEmail(email).map(Member::memberId)
                .orElseGet(() -> accounts.createVerified(email, PASSWORD, name, city, null, ARABIC));
    }

    private void support(List<MemberId> crowd, Complaint c, String[] experiences) {
        List<MemberId> people = new ArrayList<>(crowd);
        people.removeIf(m -> m.value().equals(c.authorId()));
        for (int i = 0; i < people.size(); i++) {
            boolean meToo = i < experiences.length;
            supports.support(people.get(i), c.id(), meToo, meToo ? experiences[i] : null);
        }
    }

    /** Moves the complaint's timeline into the past: sent {@code sent} ago, answered and closed after it. */
    private void backdate(UUID id, Duration sent, Duration answeredAfter, Duration closedAfterAnswer) {
        Instant now = clock.instant();
        Instant sentAt = now.minus(sent);
        Instant answeredAt = answeredAfter == null ? null : sentAt.plus(answeredAfter);
        Instant closedAt = closedAfterAnswer == null ? null : answeredAt.plus(closedAfterAnswer);
        jdbc.sql("UPDATE advocacy_complaint SET created_at = ?, sent_at = ?, answered_at = CASE WHEN answered_at IS NULL THEN NULL ELSE CAST(? AS timestamptz) END, "
                        + "closed_at = CASE WHEN closed_at IS NULL THEN NULL ELSE CAST(? AS timestamptz) END WHERE id = ?")
                .params(Timestamp.from(sentAt.minus(Duration.ofHours(2))), Timestamp.from(sentAt), ts(answeredAt), ts(closedAt), id).update();
        if (answeredAt != null) {
            jdbc.sql("UPDATE advocacy_response SET created_at = ? WHERE complaint_id = ?").params(Timestamp.from(answeredAt), id).update();
        }
        jdbc.sql("UPDATE advocacy_support SET created_at = ? WHERE complaint_id = ?").params(Timestamp.from(sentAt.plus(Duration.ofHours(5))), id)
                .update();
    }

    private static Timestamp ts(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }

    /** A plain picture standing in for a screenshot or a receipt (demo evidence). */
    static byte[] image(String label, Color color) {
        BufferedImage image = new BufferedImage(640, 400, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(new Color(248, 250, 252));
            g.fillRect(0, 0, 640, 400);
            g.setColor(color);
            g.fillRect(0, 0, 640, 70);
            g.setColor(new Color(203, 213, 225));
            for (int y = 110; y < 380; y += 34) {
                g.fillRoundRect(40, y, 560 - (y % 3) * 60, 14, 8, 8);
            }
            g.setColor(Color.WHITE);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 24));
            g.drawString(label, 30, 45);
        } finally {
            g.dispose();
        }
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
