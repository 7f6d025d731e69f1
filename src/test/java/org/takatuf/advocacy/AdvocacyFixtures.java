package org.takatuf.advocacy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.takatuf.advocacy.internal.Company;
import org.takatuf.advocacy.internal.CompanyManagement;
import org.takatuf.advocacy.internal.Complaint;
import org.takatuf.advocacy.internal.ComplaintCommand;
import org.takatuf.advocacy.internal.ComplaintManagement;
import org.takatuf.advocacy.internal.Outcome;
import org.takatuf.identity.AccountProvisioning;
import org.takatuf.identity.CurrentMember;
import org.takatuf.identity.MemberId;
import org.takatuf.identity.Role;
import org.takatuf.support.TestAccounts;
import org.takatuf.support.TestData;

/** Complaints, companies and members for the advocacy tests, made through the module's own services. */
public class AdvocacyFixtures {

    private final AccountProvisioning accounts;
    private final ComplaintManagement complaints;
    private final CompanyManagement companies;
    private final JdbcClient jdbc;

    AdvocacyFixtures(AccountProvisioning accounts, ComplaintManagement complaints, CompanyManagement companies, JdbcClient jdbc) {
        this.accounts = accounts;
        this.complaints = complaints;
        this.companies = companies;
        this.jdbc = jdbc;
    }

    public CurrentMember member(String who, Role... roles) {
        return TestAccounts.create(accounts, who, roles);
    }

    /**
     * Members written straight into the table with an unusable password hash and an account a month old
     * (no pile-on limit): for counting thousands of supporters without hashing thousands of passwords.
     */
    public List<MemberId> bulkMembers(int count) {
        List<MemberId> ids = new ArrayList<>();
        Timestamp old = Timestamp.from(Instant.now().minus(30, ChronoUnit.DAYS));
        for (int i = 0; i < count; i++) {
            UUID id = UUID.randomUUID();
            jdbc.sql("INSERT INTO member (id, email, password_hash, display_name, email_verified_at, created_at) VALUES (?, ?, '!', ?, ?, ?)")
                    .params(id, TestData.email("bulk"), "داعم " + i, old, old).update();
            ids.add(new MemberId(id));
        }
        return ids;
    }

    public static ComplaintCommand telecom(String company) {
        return new ComplaintCommand(company, "JO", Sector.TELECOM, "الإنترنت مقطوع منذ ثلاثة أسابيع",
                "اتصلت بخدمة العملاء سبع مرات، وفي كل مرة يقولون أطفئ الراوتر وأعد تشغيله، ثم لا يتصل بي أحد.",
                Outcome.CANCELLATION_WITHOUT_PENALTY, "إلغاء العقد دون غرامة لأن العطل من الشركة", "كلنا_" + TestData.suffix());
    }

    public static ComplaintCommand counterfeit(String company) {
        return new ComplaintCommand(company, "EG", Sector.RETAIL, "كاميرا بـ500 دولار تبيّن أنها مقلّدة",
                "اشترى لي أصدقائي كاميرا احترافية هدية من المتجر، واكتشفت بعد استعمال قصير أنها مزوّرة وغير أصلية.",
                Outcome.REFUND, null, "نصب_" + TestData.suffix());
    }

    /** A complaint opened, with its author's evidence, and sent: public, the company's timer running. */
    public Complaint sentComplaint(CurrentMember author, String company) {
        return sentComplaint(author, telecom(company));
    }

    public Complaint sentComplaint(CurrentMember author, ComplaintCommand command) {
        Complaint c = complaints.open(author.id(), command, UUID.randomUUID());
        complaints.addEvidence(author.id(), c.id(), png(), "لقطة شاشة لرسالة الشركة", true);
        complaints.send(author.id(), c.id());
        return complaints.find(c.id()).orElseThrow();
    }

    public Company company(Complaint c) {
        return companies.get(c.companyId());
    }

    public void representative(Complaint c, CurrentMember member) {
        companies.appointRepresentative(c.companyId(), member.id());
    }

    public static String companyName() {
        return "شبكة أمل للاتصالات " + TestData.suffix();
    }

    /** A small PNG. */
    public static byte[] png() {
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(15, 118, 110));
        g.fillRect(0, 0, 40, 30);
        g.dispose();
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A JPEG with an EXIF segment that names a GPS position and a camera owner. */
    public static byte[] jpegWithExif() {
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        try {
            ByteArrayOutputStream plain = new ByteArrayOutputStream();
            ImageIO.write(image, "jpg", plain);
            byte[] jpeg = plain.toByteArray();
            byte[] payload = "Exif\0\0GPSLatitude 31.95 OwnerName Akram".getBytes(StandardCharsets.US_ASCII);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write(jpeg, 0, 2); // SOI
            out.write(0xFF);
            out.write(0xE1);
            int length = payload.length + 2;
            out.write(length >> 8);
            out.write(length & 0xFF);
            out.write(payload);
            out.write(jpeg, 2, jpeg.length - 2);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
