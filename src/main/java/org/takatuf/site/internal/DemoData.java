package org.takatuf.site.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.takatuf.identity.AccountProvisioning;
import org.takatuf.identity.MemberId;
import org.takatuf.identity.Members;
import org.takatuf.identity.Organisation;
import org.takatuf.identity.OrganisationForm;
import org.takatuf.identity.OrganisationKind;
import org.takatuf.identity.OrganisationManagement;
import org.takatuf.identity.Role;

/**
 * Demo content of the embedded default ({@code takatuf.demo.enabled=true}): on the first start (no
 * members yet) it creates accounts and organisations drawn from the stories in {@code shared/seeds},
 * through the domain's own methods, so that every rule (password policy, verification workflow)
 * holds for them too. At every start it prints the demo accounts.
 */
@Component
@ConditionalOnProperty(name = "takatuf.demo.enabled", havingValue = "true")
@Order(Ordered.LOWEST_PRECEDENCE - 100) // before the feature modules' demo content, which builds on it
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    private static final Locale AR = Locale.forLanguageTag("ar");

    static final String ADMIN_PASSWORD = "takatuf-admin-2026";
    static final String PASSWORD = "takatuf-demo-2026";

    /** A demo account; {@code key} names it in the organisations below. */
    record Account(String key, String email, String password, String name, String city, String bio, String role) {
    }

    /**
     * A demo organisation.
     *
     * @param verification {@code verified}, {@code pending} or {@code none}
     */
    record Org(String admin, String name, OrganisationKind kind, String city, String description, String verification) {
    }

    static final List<Account> ACCOUNTS = List.of(
            new Account("admin", "admin@takatuf.local", ADMIN_PASSWORD, "سارة العتيبي", "الرياض",
                    "من فريق إدارة منصة تكاتف: أراجع طلبات توثيق الجمعيات.", "platform admin"),
            new Account("organiser", "organiser@takatuf.local", PASSWORD, "خالد الحربي", "الرياض",
                    "بدأت بطلب 100 وجبة لعمال النظافة فصارت حملة. #شير_في_الخير", "organisation admin"),
            new Account("layla", "layla@takatuf.local", PASSWORD, "ليلى حداد", "بيروت",
                    "أدير مجموعة مقايضة: نبادل السلع والخدمات ونساعد الأسر.", "organisation admin"),
            new Account("youssef", "youssef@takatuf.local", PASSWORD, "يوسف عبد الرحمن", "القاهرة",
                    "عدّاء ومنظّم جري صباح كل جمعة.", "organisation admin"),
            new Account("maryam", "maryam@takatuf.local", PASSWORD, "مريم العنزي", "الكويت",
                    "متطوعة في حملات الشتاء للأسر النازحة واللاجئة.", "organisation admin"),
            new Account("rana", "rana@takatuf.local", PASSWORD, "رنا الخطيب", "عمّان",
                    "صاحبة مشروع منزلي للإكسسوارات. #ادعم_المحلي", "organisation admin (verification pending)"),
            new Account("sami", "sami@takatuf.local", PASSWORD, "سامي النجار", "عمّان",
                    "مسؤول خدمة المشتركين في شركة اتصالات.", "company admin"),
            new Account("huda", "huda@takatuf.local", PASSWORD, "هدى المصري", "القاهرة",
                    "متطوعة في نهاية الأسبوع، أحب الجري والتعليم.", "member"));

    static final List<Org> ORGANISATIONS = List.of(
            new Org("organiser", "بنك الطعام في الرياض", OrganisationKind.CHARITY, "الرياض",
                    "بدأنا بتغريدة تطلب من مطعم 100 وجبة لعمال النظافة، فاستجاب المطعم، ثم صار أكثر من 220 متبرعًا من أفراد "
                            + "وشركات يقدّمون الوجبات والملابس والحلويات وبطاقات الرصيد ليتواصل العمال مع أهاليهم. اليوم نجمع "
                            + "فائض الطعام من المطاعم والبيوت ونوصله إلى من يحتاجه في الرياض.",
                    "verified"),
            new Org("maryam", "لنجعل شتاءهم أدفأ", OrganisationKind.INITIATIVE, "الكويت",
                    "مبادرة شتوية للأسر النازحة واللاجئة: بطانيات ومدافئ وملابس شتوية ووقود. انطلقت من منشور على وسائل "
                            + "التواصل وصارت حملة يتابعها الملايين. نرسل إلى كل متبرع صور التوزيع وتقاريره.",
                    "verified"),
            new Org("layla", "مقايضة لبنان — LibanTroc", OrganisationKind.COMMUNITY_GROUP, "بيروت",
                    "مجموعة مقايضة (Troc) تأسست عام 2019 مع الأزمة الاقتصادية: نتبادل السلع والخدمات، وننشر الوظائف، "
                            + "ونقدّم أشياء مجانية، ونجمع التبرعات. ساعدنا أكثر من ٢٠٠٠ أسرة بالغذاء والسكن وحتى العمليات الجراحية.",
                    "verified"),
            new Org("youssef", "عدّاؤو القاهرة — Cairo Runners", OrganisationKind.COMMUNITY_GROUP, "القاهرة",
                    "أول مجموعة لرياضة الجري في مصر: جري جماعي صباح كل جمعة في شوارع القاهرة، ونصف ماراثون يشارك فيه "
                            + "أكثر من 5000 عدّاء، مع اهتمام بالاستدامة البيئية في الرياضة. Weekly Friday runs in Cairo.",
                    "verified"),
            new Org("organiser", "جمعية أصدقاء مستشفى الأطفال", OrganisationKind.CHARITY, "جدة",
                    "متطوعون يرافقون الأطفال المرضى وأسرهم في المستشفى: قراءة ولعب، ومساعدة الأسر القادمة من خارج المدينة في السكن والتنقل.",
                    "verified"),
            new Org("rana", "#ادعم_المحلي — مبادرة المشاريع المنزلية", OrganisationKind.INITIATIVE, "عمّان",
                    "منذ إغلاق كورونا نروّج للمشاريع المنزلية والصغيرة: إكسسوارات وحجابات وزينة رمضان وملابس العيد. "
                            + "دعم دائم لا يرتبط بالأزمات، ومكان خاص لمشاريع النساء. #ادعم_المحلي",
                    "pending"),
            new Org("sami", "شركة نبض للاتصالات", OrganisationKind.COMPANY, "عمّان",
                    "شركة اتصالات أردنية للهاتف النقال والإنترنت. تعلّمنا من حملة #كلنا_أكرم أن الرد السريع على الشكوى حقّ "
                            + "للمشترك، لذلك نجيب هنا علنًا على شكاوى مشتركينا.",
                    "none"));

    private final AccountProvisioning accounts;
    private final OrganisationManagement organisations;
    private final Members members;
    private final TransactionTemplate transaction;
    private final org.takatuf.core.SiteLinks links;
    private volatile boolean createdThisStart;

    DemoData(AccountProvisioning accounts, OrganisationManagement organisations, Members members,
             PlatformTransactionManager transactions, org.takatuf.core.SiteLinks links) {
        this.accounts = accounts;
        this.organisations = organisations;
        this.members = members;
        this.transaction = new TransactionTemplate(transactions);
        this.links = links;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (members.count() == 0) {
            // all or nothing: a failed first start leaves no half-made demo behind, and the next start tries again
            transaction.executeWithoutResult(status -> create());
            createdThisStart = true;
        }
        printAccounts();
    }

    /** True when this start created the demo content (the database had no members). */
    boolean createdThisStart() {
        return createdThisStart;
    }

    /** Creates the demo accounts and organisations; the verified ones go through request and approval. */
    void create() {
        Map<String, MemberId> ids = new HashMap<>();
        for (Account a : ACCOUNTS) {
            Role[] roles = a.key().equals("admin") ? new Role[] {Role.ADMIN} : new Role[0];
            ids.put(a.key(), accounts.createVerified(a.email(), a.password(), a.name(), a.city(), a.bio(), AR, roles));
        }
        MemberId platformAdmin = ids.get("admin");
        for (Org o : ORGANISATIONS) {
            MemberId admin = ids.get(o.admin());
            Organisation organisation = organisations.create(admin,
                    new OrganisationForm(o.name(), o.kind(), o.description(), o.city(), null, null));
            if (!o.verification().equals("none")) {
                UUID request = organisations.requestVerification(admin, organisation.organisationId(),
                        "وثيقة تجريبية من المحتوى التجريبي لتكاتف.",
                        List.of(new OrganisationManagement.Upload("سجل-الجمعية.pdf", demoPdf(o.name()))));
                if (o.verification().equals("verified")) {
                    organisations.approve(platformAdmin, request);
                }
            }
        }
        log.info("Demo content created: {} accounts, {} organisations", ACCOUNTS.size(), ORGANISATIONS.size());
    }

    private void printAccounts() {
        List<String> lines = new ArrayList<>();
        lines.add("");
        lines.add("==================== Takatuf demo ====================");
        lines.add("  Open        " + links.base());
        lines.add("  Mail inbox  " + links.link("/dev/mail"));
        lines.add("  Demo accounts (e-mail / password):");
        for (Account a : ACCOUNTS) {
            if (members.findByEmail(a.email()).isPresent()) {
                lines.add(String.format("    %-26s %-20s %s", a.email(), a.password(), a.role()));
            }
        }
        lines.add("======================================================");
        log.info(String.join(System.lineSeparator(), lines));
    }

    /** A small valid one-page PDF, the stand-in for a registration certificate. */
    static byte[] demoPdf(String title) {
        String text = "Takatuf demo document - " + Integer.toHexString(title.hashCode());
        String stream = "BT /F1 18 Tf 72 720 Td (" + text + ") Tj ET";
        List<String> objects = List.of(
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
                "<< /Length " + stream.length() + " >>\nstream\n" + stream + "\nendstream",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(pdf.length());
            pdf.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
        offsets.forEach(offset -> pdf.append(String.format("%010d 00000 n \n", offset)));
        pdf.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n").append(xref).append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.US_ASCII);
    }
}
