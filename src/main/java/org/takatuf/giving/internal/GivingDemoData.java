package org.takatuf.giving.internal;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
import org.takatuf.campaigns.Campaign;
import org.takatuf.campaigns.CampaignForm;
import org.takatuf.campaigns.CampaignId;
import org.takatuf.campaigns.CampaignKind;
import org.takatuf.campaigns.CampaignManagement;
import org.takatuf.identity.AccountProvisioning;
import org.takatuf.identity.Member;
import org.takatuf.identity.MemberId;
import org.takatuf.identity.Members;
import org.takatuf.identity.Organisation;
import org.takatuf.identity.OrganisationManagement;

/**
 * Demo content of campaigns and giving on the embedded default, written once when there is no campaign,
 * after the site's demo organisations exist. From the seeds: the winter-warmth campaign for displaced and
 * refugee families, the meals for street cleaners that grew from 100 meals to 220 donors (in kind), and a
 * surgery campaign; pledges of every kind (bank transfers confirmed by a statement import, cash confirmed
 * from its QR receipt, goods delivered, anonymous gifts, messages, one still waiting) and a disbursement
 * with its receipt, approved by a second member.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 10)
@ConditionalOnProperty(name = "takatuf.demo.enabled", havingValue = "true")
class GivingDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(GivingDemoData.class);
    private static final String PASSWORD = "takatuf-demo-donor-2026";
    private static final Locale ARABIC = Locale.forLanguageTag("ar");

    private final JdbcClient jdbc;
    private final Members members;
    private final AccountProvisioning accounts;
    private final OrganisationManagement organisations;
    private final CampaignManagement campaigns;
    private final Giving giving;
    private final Confirmations confirmations;
    private final Disbursements disbursements;
    private org.takatuf.campaigns.CampaignUpdates updates;

    private org.takatuf.campaigns.Ambassadors ambassadors;

    /** Optional, like the updates: the constructor stays as it was. */
    @org.springframework.beans.factory.annotation.Autowired(required = false)
    void setAmbassadors(org.takatuf.campaigns.Ambassadors ambassadors) {
        this.ambassadors = ambassadors;
    }

    /** Optional so that the constructor other code and tests call stays as it was. */
    @org.springframework.beans.factory.annotation.Autowired(required = false)
    void setUpdates(org.takatuf.campaigns.CampaignUpdates updates) {
        this.updates = updates;
    }

    GivingDemoData(JdbcClient jdbc, Members members, AccountProvisioning accounts, OrganisationManagement organisations,
                   CampaignManagement campaigns, Giving giving, Confirmations confirmations, Disbursements disbursements) {
        this.jdbc = jdbc;
        this.members = members;
        this.accounts = accounts;
        this.organisations = organisations;
        this.campaigns = campaigns;
        this.giving = giving;
        this.confirmations = confirmations;
        this.disbursements = disbursements;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (jdbc.sql("SELECT count(*) FROM campaign").query(Long.class).single() > 0) {
            return;
        }
        Optional<Member> maryam = members.findByEmail("maryam@takatuf.local");
        Optional<Member> organiser = members.findByEmail("organiser@takatuf.local");
        Optional<Member> layla = members.findByEmail("layla@takatuf.local");
        if (maryam.isEmpty() || organiser.isEmpty() || layla.isEmpty()) {
            log.info("No demo organisers: no campaigns demo content");
            return;
        }
        seed(maryam.get().memberId(), organiser.get().memberId(), layla.get().memberId());
        log.info("Campaigns demo content: 3 campaigns with pledges, a statement import and a disbursement");
    }

    /** The three campaigns, run by these organisers' organisations, with their pledges and the disbursement. */
    List<Campaign> seed(MemberId winterOrganiser, MemberId mealsOrganiser, MemberId surgeryOrganiser) {
        List<MemberId> donors = donors();
        Campaign winter = winter(winterOrganiser);
        Campaign meals = meals(mealsOrganiser);
        Campaign surgery = surgery(surgeryOrganiser);
        pledges(winter, winterOrganiser, donors);
        winterUpdates(winter, winterOrganiser);
        influencer(winter, donors);
        goods(meals, mealsOrganiser, donors);
        surgeryPledges(surgery, surgeryOrganiser, donors);
        return List.of(winter, meals, surgery);
    }

    private List<MemberId> donors() {
        String[][] people = {{"donor-1", "عبد العزيز القحطاني"}, {"donor-2", "نورة السبيعي"}, {"donor-3", "حسن الكندري"},
                {"donor-4", "Sarah Haddad"}, {"donor-5", "فيصل المطيري"}, {"donor-6", "أمل الرفاعي"}};
        List<MemberId> ids = new ArrayList<>();
        for (String[] p : people) {
            String email = p[0] + "@takatuf.local";
            ids.add(members.findByEmail(email).map(Member::memberId)
                    .orElseGet(() -> accounts.createVerified(email, PASSWORD, p[1], null, null, ARABIC)));
        }
        members.findByEmail("huda@takatuf.local").map(Member::memberId).ifPresent(ids::add);
        return ids;
    }

    private Organisation organisation(MemberId admin, String name) {
        List<Organisation> verified = organisations.membershipsOf(admin).stream().map(OrganisationManagement.Membership::organisation)
                .filter(Organisation::isVerified).toList();
        return verified.stream().filter(o -> o.getName().equals(name)).findFirst().orElse(verified.getFirst());
    }

    private Campaign winter(MemberId maryam) {
        Organisation org = organisation(maryam, "لنجعل شتاءهم أدفأ");
        CampaignId id = campaigns.create(maryam, new CampaignForm(org.getSlug(), CampaignKind.FUNDRAISING,
                "لنجعل شتاءهم أدفأ: بطانيات ومدافئ ووقود للأسر النازحة واللاجئة",
                "بدأت الحملة بمنشور على وسائل التواصل، ثم تبنّاها صانع محتوى يتابعه الملايين فجمعت في أيام ما لم يتوقعه أحد. "
                        + "هذا الشتاء نوفّر لكل أسرة في المخيمات بطانيات ومدفأة ووقودًا وملابس شتوية للأطفال.\n\n"
                        + "نرسل إلى كل متبرع صور التوزيع وتقاريره، وكل دينار يدخل أو يخرج تجده في صفحة الشفافية.",
                "25000", "KWD", null, null, "", "بيت التمويل الكويتي", "KW81CBKU0000000000001234560101",
                "مبادرة لنجعل شتاءهم أدفأ"));
        return campaigns.find(id).orElseThrow();
    }

    private Campaign meals(MemberId organiser) {
        Organisation org = organisation(organiser, "بنك الطعام في الرياض");
        CampaignId id = campaigns.create(organiser, new CampaignForm(org.getSlug(), CampaignKind.IN_KIND,
                "وجبات لعمال النظافة",
                "قرر عبد العزيز القحطاني أن يطلب من مطعم 100 وجبة لعمال النظافة في تغريدة، فاستجاب المطعم، ثم تخطى عدد "
                        + "المتبرعين من شركات وأفراد 220 متبرعًا في مختلف أنحاء السعودية: وجبات وملابس وحلويات وبطاقات رصيد "
                        + "ليتواصل العمال مع أهاليهم. تعهّد بما تستطيع من القائمة، وسلّمه للمندوب أو في المكتب.",
                "", "SAR", null, null, "300 وجبة\n100 قطعة ملابس شتوية\n200 علبة حلويات\n150 بطاقة رصيد", "", "", ""));
        return campaigns.find(id).orElseThrow();
    }

    private Campaign surgery(MemberId layla) {
        Organisation org = organisation(layla, "مقايضة لبنان — LibanTroc");
        CampaignId id = campaigns.create(layla, new CampaignForm(org.getSlug(), CampaignKind.FUNDRAISING,
                "عملية جراحية عاجلة لطفل من بيروت",
                "ساعدت مجموعتنا منذ 2019 أكثر من ألفي أسرة بالغذاء والسكن وحتى العمليات الجراحية. طفل في السابعة يحتاج "
                        + "عملية في القلب لا تستطيع أسرته تكاليفها. تحققنا من الحالة مع المستشفى، ولا ننشر اسمه ولا صورته.",
                "6000", "USD", null, null, "", "Bank Audi", "LB62099900000001001901229114", "LibanTroc"));
        return campaigns.find(id).orElseThrow();
    }

    private UUID pledge(MemberId donor, Campaign c, PledgeMethod method, String amount, UUID item, Integer quantity,
                        boolean anonymous, String message) {
        return giving.pledge(donor, UUID.randomUUID().toString(), new PledgeRequest(c.id().value(), method, amount, item, quantity,
                anonymous, message, null)).pledgeId();
    }

    /**
     * The content creator of the winter campaign's story fundraises on an ambassador page (influencer@takatuf.local):
     * a sub-goal, a message, and pledges brought by the page and its WhatsApp link.
     */
    private void influencer(Campaign winter, List<MemberId> donors) {
        if (ambassadors == null) {
            return;
        }
        String email = "influencer@takatuf.local";
        MemberId nasser = members.findByEmail(email).map(Member::memberId)
                .orElseGet(() -> accounts.createVerified(email, PASSWORD, "ناصر العنزي — صانع محتوى", null, null, ARABIC));
        org.takatuf.campaigns.Ambassador a = ambassadors.join(nasser, winter.id(), "5000",
                "تابعتموني سنوات في رحلاتي، وهذا الشتاء أطلب منكم رحلة مختلفة: بطانية ومدفأة لكل أسرة في المخيمات. "
                        + "كل دينار يصل، وصفحة الشفافية تشهد.");
        String[][] gifts = {{"100", ""}, {"250", ".whatsapp"}, {"35", ".whatsapp"}, {"500", ".x"}};
        for (int i = 0; i < gifts.length; i++) {
            giving.pledge(donors.get((i + 1) % donors.size()), UUID.randomUUID().toString(), new PledgeRequest(winter.id().value(),
                    PledgeMethod.BANK_TRANSFER, gifts[i][0], null, null, false, i == 1 ? "وصلتني رسالة ناصر" : null,
                    a.referral() + gifts[i][1]));
        }
    }

    private void pledges(Campaign winter, MemberId maryam, List<MemberId> donors) {
        List<UUID> transfers = new ArrayList<>();
        String[] amounts = {"50", "120.500", "25", "300", "75"};
        String[] messages = {"الله يدفّيهم ويحفظهم", null, "من أهل الكويت إلى أهلنا", null, "شتاء دافئ للجميع"};
        for (int i = 0; i < amounts.length; i++) {
            transfers.add(pledge(donors.get(i % donors.size()), winter, PledgeMethod.BANK_TRANSFER, amounts[i], null, null, i == 3,
                    messages[i]));
        }
        UUID waiting = pledge(donors.get(5 % donors.size()), winter, PledgeMethod.BANK_TRANSFER, "40", null, null, false, null);
        StringBuilder csv = new StringBuilder("Date,Description,Amount\n");
        for (int i = 0; i < transfers.size(); i++) {
            Pledge p = confirmationsPledge(transfers.get(i));
            csv.append("2026-01-0").append(i + 1).append(",\"TRF ").append(p.reference()).append("\",")
                    .append(p.amount().amount().toPlainString()).append('\n');
        }
        csv.append("2026-01-06,Bank charges,-1.250\n");
        confirmations.importStatement(maryam, winter.id().value(), csv.toString().getBytes(StandardCharsets.UTF_8),
                "demo-import-" + winter.id().value());
        UUID cash = pledge(donors.get(2), winter, PledgeMethod.CASH, "60", null, null, false, "سلّمتها للمكتب");
        Pledge cashPledge = confirmationsPledge(cash);
        confirmations.collect(maryam, cash, confirmations.receiptSignature(cashPledge));
        // the disbursement: recorded by the organiser with its receipt, approved by a second member
        Organisation org = organisation(maryam, "لنجعل شتاءهم أدفأ");
        MemberId second = members.findByEmail("huda@takatuf.local").map(Member::memberId).orElse(donors.getFirst());
        // demo only: the second member joins directly (the real path is identity's e-mailed invitation)
        jdbc.sql("INSERT INTO organisation_member (organisation_id, member_id, role, joined_at) VALUES (?, ?, 'MEMBER', now()) "
                + "ON CONFLICT DO NOTHING").params(org.getId(), second.value()).update();
        disbursements.request(maryam, winter.id().value(), "400", "80 بطانية صوفية و10 مدافئ للمخيم", receipt(),
                "demo-disbursement-" + winter.id().value());
        Disbursements.Disbursement d = disbursements.ofCampaign(maryam, winter.id().value()).getFirst();
        disbursements.approve(second, winter.id().value(), d.id());
        log.debug("Waiting pledge {}", waiting);
    }

    private Pledge confirmationsPledge(UUID id) {
        return jdbc.sql("SELECT p.*, m.display_name FROM pledge p JOIN member m ON m.id = p.member_id WHERE p.id = ?").param(id)
                .query(Pledges::row).single();
    }

    private void goods(Campaign meals, MemberId organiser, List<MemberId> donors) {
        Campaign.Item food = meals.items().get(0);
        Campaign.Item credit = meals.items().get(3);
        Campaign.Item sweets = meals.items().get(2);
        UUID a = pledge(donors.get(0), meals, PledgeMethod.GOODS, null, food.id(), 100, false, "أول مئة وجبة من المطعم");
        UUID b = pledge(donors.get(1), meals, PledgeMethod.GOODS, null, credit.id(), 30, true, "ليتصلوا بأهاليهم");
        pledge(donors.get(4), meals, PledgeMethod.GOODS, null, sweets.id(), 50, false, null);
        for (UUID delivered : List.of(a, b)) {
            confirmations.collect(organiser, delivered, confirmations.receiptSignature(confirmationsPledge(delivered)));
        }
    }

    private void surgeryPledges(Campaign surgery, MemberId layla, List<MemberId> donors) {
        UUID a = pledge(donors.get(3), surgery, PledgeMethod.BANK_TRANSFER, "500", null, null, false, "Get well soon");
        UUID b = pledge(donors.get(1), surgery, PledgeMethod.CASH, "200", null, null, true, null);
        pledge(donors.get(5), surgery, PledgeMethod.BANK_TRANSFER, "150", null, null, false, null);
        confirmations.confirm(layla, surgery.id().value(), List.of(a, b), "demo-confirm-" + surgery.id().value());
    }

    /** A receipt image for the demo disbursement (a real organisation uploads a photo or a PDF). */
    private static byte[] receipt() {
        BufferedImage image = new BufferedImage(600, 400, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 600, 400);
        g.setColor(Color.DARK_GRAY);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 28));
        g.drawString("INVOICE 2026-0142", 40, 70);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 22));
        g.drawString("80 x wool blanket      240.000 KWD", 40, 150);
        g.drawString("10 x gas heater        160.000 KWD", 40, 190);
        g.drawString("Total                  400.000 KWD", 40, 260);
        g.dispose();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Two organiser updates on the winter campaign, "results photographed and distributed", with drawn photos. */
    private void winterUpdates(Campaign winter, MemberId maryam) {
        if (updates == null) {
            return;
        }
        updates.post(maryam, winter.id(), "وصلت الدفعة الأولى: بطانيات ومدافئ لمئتي أسرة",
                "بفضل تبرعاتكم وزّعنا اليوم في المخيم بطانيات ومدافئ ووقودًا على مئتي أسرة نازحة، وصوّرنا التوزيع كما وعدنا. "
                        + "كل ما دخل وخرج تجدونه في صفحة الشفافية.\n"
                        + "Thanks to you, 200 displaced families received blankets, heaters and fuel today. #لنجعل_شتاءهم_أدفأ",
                List.of(new org.takatuf.campaigns.CampaignUpdates.PhotoUpload(demoPhoto(new Color(0x9a3412), 8), "بطانيات مكدسة قبل التوزيع"),
                        new org.takatuf.campaigns.CampaignUpdates.PhotoUpload(demoPhoto(new Color(0x0f766e), 5), "مدافئ جاهزة للتسليم")));
        updates.post(maryam, winter.id(), "ملابس شتوية للأطفال في المخيمات",
                "بدأت الحملة بمنشور، ثم تبنّاها صانع محتوى فجمعت ما لم يتوقعه أحد. الدفعة الثانية: ملابس شتوية لأطفال المخيمات، "
                        + "والصور من يوم التوزيع.\n"
                        + "The second round: winter clothes for the children in the camps, photographed on the day. #شتاء_دافئ",
                List.of(new org.takatuf.campaigns.CampaignUpdates.PhotoUpload(demoPhoto(new Color(0x1d4ed8), 12), "معاطف أطفال مرتبة على طاولة")));
    }

    /** A simple drawn "photo": stacks of coloured blocks (blankets, heaters, coats) on a light floor. */
    private static byte[] demoPhoto(Color colour, int stacks) {
        BufferedImage image = new BufferedImage(800, 500, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(new Color(0xe7e5e4));
            g.fillRect(0, 0, 800, 500);
            g.setColor(new Color(0xa8a29e));
            g.fillRect(0, 380, 800, 120);
            for (int i = 0; i < stacks; i++) {
                int x = 40 + i * (720 / stacks);
                for (int level = 0; level < 3 + i % 3; level++) {
                    g.setColor(level % 2 == 0 ? colour : colour.brighter());
                    g.fillRoundRect(x, 350 - level * 34, 720 / stacks - 12, 30, 10, 10);
                }
            }
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpg", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
