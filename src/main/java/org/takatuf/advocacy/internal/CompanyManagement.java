package org.takatuf.advocacy.internal;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.takatuf.advocacy.CompanyClaimed;
import org.takatuf.advocacy.CompanyId;
import org.takatuf.advocacy.Sector;
import org.takatuf.core.ConflictException;
import org.takatuf.core.NotFoundException;
import org.takatuf.core.Sha256;
import org.takatuf.core.UserInputException;
import org.takatuf.core.files.FileStorage;
import org.takatuf.core.files.Uploads;
import org.takatuf.core.text.ArabicText;
import org.takatuf.identity.Member;
import org.takatuf.identity.MemberId;
import org.takatuf.identity.Members;
import org.takatuf.identity.Role;

/**
 * Company profiles: created with the first complaint against them, claimed by a member who proves to
 * represent the company, either with an e-mail address at the company's official domain (a code is
 * mailed there) or with documents that an administrator checks. Representatives answer complaints.
 */
@Service
public class CompanyManagement {

    static final String CLAIM_AREA = "advocacy-claims";
    private static final int MAX_CODE_ATTEMPTS = 5;
    private static final Pattern DOMAIN = Pattern.compile("(?i)^(?=.{4,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}$");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@([^@\\s]{1,253})$");

    private final JdbcClient jdbc;
    private final Members members;
    private final FileStorage files;
    private final ClaimMails mails;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    CompanyManagement(JdbcClient jdbc, Members members, FileStorage files, ClaimMails mails, ApplicationEventPublisher events,
                      Clock clock) {
        this.jdbc = jdbc;
        this.members = members;
        this.files = files;
        this.mails = mails;
        this.events = events;
        this.clock = clock;
    }

    static final String COLUMNS = "id, name, country, sector, official_domain, created_at, claimed_at";

    static Company company(ResultSet rs, int n) throws SQLException {
        return new Company(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("country"),
                Sector.valueOf(rs.getString("sector")), rs.getString("official_domain"), rs.getTimestamp("created_at").toInstant(),
                instant(rs.getTimestamp("claimed_at")));
    }

    static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    /** The company with this name in this country (names compared after Arabic folding), created if new. */
    @Transactional
    public Company findOrCreate(String name, String country, Sector sector) {
        String clean = name == null ? "" : name.strip().replaceAll("\\s+", " ");
        if (clean.length() < 2) {
            throw new UserInputException("advocacy.company.required");
        }
        if (clean.length() > 120) {
            throw new UserInputException("advocacy.company.too-long");
        }
        String key = ArabicText.fold(clean);
        jdbc.sql("INSERT INTO advocacy_company (id, name, name_key, country, sector, created_at) VALUES (?, ?, ?, ?, ?, ?) "
                        + "ON CONFLICT (country, name_key) DO NOTHING")
                .params(UUID.randomUUID(), clean, key, country, sector.name(), Timestamp.from(clock.instant())).update();
        return jdbc.sql("SELECT " + COLUMNS + " FROM advocacy_company WHERE country = ? AND name_key = ?")
                .params(country, key).query(CompanyManagement::company).single();
    }

    public Optional<Company> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM advocacy_company WHERE id = ?").param(id).query(CompanyManagement::company).optional();
    }

    public Company get(UUID id) {
        return find(id).orElseThrow(() -> new NotFoundException("company"));
    }

    /** Companies whose name starts like the text (for the complaint form's suggestions). */
    public List<Company> named(String text, int limit) {
        String key = ArabicText.fold(text == null ? "" : text.strip());
        return jdbc.sql("SELECT " + COLUMNS + " FROM advocacy_company WHERE name_key LIKE ? ESCAPE '\\' ORDER BY name LIMIT ?")
                .params(key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%", limit)
                .query(CompanyManagement::company).list();
    }

    public boolean isRepresentative(MemberId member, UUID company) {
        return member != null && jdbc.sql("SELECT count(*) FROM advocacy_company_representative WHERE company_id = ? AND member_id = ?")
                .params(company, member.value()).query(Long.class).single() > 0;
    }

    public List<UUID> representativesOf(UUID company) {
        return jdbc.sql("SELECT member_id FROM advocacy_company_representative WHERE company_id = ? ORDER BY verified_at")
                .param(company).query(UUID.class).list();
    }

    /** The median time from sending to the first public answer over the company's answered complaints; empty before any. */
    public Optional<Duration> medianResponse(UUID company) {
        Double seconds = jdbc.sql("SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM answered_at - sent_at)) "
                        + "FROM advocacy_complaint WHERE company_id = ? AND answered_at IS NOT NULL AND hidden_at IS NULL")
                .param(company).query(Double.class).optional().orElse(null);
        return Optional.ofNullable(seconds).map(s -> Duration.ofSeconds(Math.round(s)));
    }

    /** Counts of the company's public complaints: total, answered, resolved, unresolved. */
    public Record record(UUID company) {
        return jdbc.sql("SELECT count(*), count(answered_at), count(*) FILTER (WHERE status = 'RESOLVED'), "
                        + "count(*) FILTER (WHERE status = 'UNRESOLVED') FROM advocacy_complaint "
                        + "WHERE company_id = ? AND status <> 'OPEN' AND hidden_at IS NULL")
                .param(company).query((rs, n) -> new Record(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4))).single();
    }

    public record Record(long complaints, long answered, long resolved, long unresolved) {
    }

    // --- claims -------------------------------------------------------------------------------------------

    /** A pending claim as the claimant and the administrators see it. */
    public record Claim(UUID id, UUID companyId, UUID memberId, String method, String workEmail, String note, String documentType,
                        String status, Instant createdAt) {
    }

    private static Claim claim(ResultSet rs, int n) throws SQLException {
        return new Claim(rs.getObject("id", UUID.class), rs.getObject("company_id", UUID.class), rs.getObject("member_id", UUID.class),
                rs.getString("method"), rs.getString("work_email"), rs.getString("note"), rs.getString("document_type"),
                rs.getString("status"), rs.getTimestamp("created_at").toInstant());
    }

    private static final String CLAIM_COLUMNS = "id, company_id, member_id, method, work_email, note, document_type, status, created_at";

    public Optional<Claim> pendingClaim(MemberId member, UUID company) {
        return jdbc.sql("SELECT " + CLAIM_COLUMNS + " FROM advocacy_company_claim WHERE company_id = ? AND member_id = ? AND status = 'PENDING'")
                .params(company, member.value()).query(CompanyManagement::claim).optional();
    }

    /**
     * Starts a claim with a work address at the company's official domain (or a sub-domain of it) and mails
     * a six-digit code there. Asking again replaces the code.
     */
    @Transactional
    public void claimByEmail(MemberId member, UUID companyId, String workEmail, Locale locale) {
        Company company = get(companyId);
        refuseIfRepresentative(member, companyId);
        if (company.officialDomain() == null) {
            throw new UserInputException("advocacy.claim.no-domain");
        }
        String email = workEmail == null ? "" : workEmail.strip().toLowerCase(Locale.ROOT);
        var m = EMAIL.matcher(email);
        if (!m.matches()) {
            throw new UserInputException("advocacy.claim.email-invalid");
        }
        String domain = m.group(1);
        String official = company.officialDomain();
        if (!domain.equals(official) && !domain.endsWith("." + official)) {
            throw new UserInputException("advocacy.claim.email-domain", official);
        }
        String code = String.format(Locale.ROOT, "%06d", random.nextInt(1_000_000));
        Optional<Claim> pending = pendingClaim(member, companyId);
        if (pending.isPresent()) {
            jdbc.sql("UPDATE advocacy_company_claim SET method = 'EMAIL', work_email = ?, code_hash = ?, attempts = 0 WHERE id = ?")
                    .params(email, hash(code), pending.get().id()).update();
        } else {
            jdbc.sql("INSERT INTO advocacy_company_claim (id, company_id, member_id, method, work_email, code_hash, status, created_at) "
                            + "VALUES (?, ?, ?, 'EMAIL', ?, ?, 'PENDING', ?)")
                    .params(UUID.randomUUID(), companyId, member.value(), email, hash(code), Timestamp.from(clock.instant())).update();
        }
        mails.sendCode(email, company.name(), code, locale);
    }

    /** Confirms an e-mail claim with the mailed code; five wrong codes end the claim. */
    @Transactional(noRollbackFor = UserInputException.class)
    public void confirmEmail(MemberId member, UUID companyId, String code) {
        Claim claim = pendingClaim(member, companyId).filter(c -> c.method().equals("EMAIL"))
                .orElseThrow(() -> new UserInputException("advocacy.claim.no-pending"));
        String stored = jdbc.sql("SELECT code_hash FROM advocacy_company_claim WHERE id = ?").param(claim.id()).query(String.class).single();
        String typed = code == null ? "" : ArabicText.fold(code.strip());
        if (!MessageDigest.isEqual(stored.getBytes(StandardCharsets.US_ASCII), hash(typed).getBytes(StandardCharsets.US_ASCII))) {
            int attempts = jdbc.sql("UPDATE advocacy_company_claim SET attempts = attempts + 1 WHERE id = ? RETURNING attempts")
                    .param(claim.id()).query(Integer.class).single();
            if (attempts >= MAX_CODE_ATTEMPTS) {
                decide(claim.id(), "REJECTED", null);
                throw new UserInputException("advocacy.claim.code-exhausted");
            }
            throw new UserInputException("advocacy.claim.code-wrong");
        }
        decide(claim.id(), "APPROVED", null);
        makeRepresentative(claim.companyId(), member, "EMAIL");
    }

    /** Starts (or replaces) a claim with a document (registration, letter of authority) for an administrator to check. */
    @Transactional
    public void claimByDocument(MemberId member, UUID companyId, byte[] document, String note) {
        get(companyId);
        refuseIfRepresentative(member, companyId);
        if (note != null && note.length() > 1000) {
            throw new UserInputException("advocacy.claim.note-too-long");
        }
        Uploads.Kind kind = Uploads.check(document, Uploads.Kind.JPEG, Uploads.Kind.PNG, Uploads.Kind.PDF);
        byte[] bytes = document;
        if (kind != Uploads.Kind.PDF) {
            Uploads.Reencoded clean = Uploads.reencodeImage(document);
            bytes = clean.bytes();
            kind = clean.kind();
        }
        String file = files.store(CLAIM_AREA, bytes, kind.extension);
        String cleanNote = note == null || note.isBlank() ? null : note.strip();
        Optional<Claim> pending = pendingClaim(member, companyId);
        if (pending.isPresent()) {
            jdbc.sql("UPDATE advocacy_company_claim SET method = 'DOCUMENT', note = ?, document_file = ?, document_type = ? WHERE id = ?")
                    .params(cleanNote, file, kind.contentType, pending.get().id()).update();
        } else {
            jdbc.sql("INSERT INTO advocacy_company_claim (id, company_id, member_id, method, note, document_file, document_type, status, "
                            + "created_at) VALUES (?, ?, ?, 'DOCUMENT', ?, ?, ?, 'PENDING', ?)")
                    .params(UUID.randomUUID(), companyId, member.value(), cleanNote, file, kind.contentType,
                            Timestamp.from(clock.instant())).update();
        }
    }

    /** Document claims waiting for an administrator, oldest first. */
    public List<Claim> pendingDocumentClaims(MemberId admin) {
        requireAdmin(admin);
        return jdbc.sql("SELECT " + CLAIM_COLUMNS + " FROM advocacy_company_claim WHERE status = 'PENDING' AND method = 'DOCUMENT' "
                + "ORDER BY created_at").query(CompanyManagement::claim).list();
    }

    @Transactional
    public void approve(MemberId admin, UUID claimId) {
        requireAdmin(admin);
        Claim claim = pendingDocumentClaim(claimId);
        decide(claimId, "APPROVED", admin);
        makeRepresentative(claim.companyId(), new MemberId(claim.memberId()), "DOCUMENT");
    }

    @Transactional
    public void reject(MemberId admin, UUID claimId) {
        requireAdmin(admin);
        pendingDocumentClaim(claimId);
        decide(claimId, "REJECTED", admin);
    }

    public record Document(String contentType, InputStream content) {
    }

    /** The claim's document, for administrators only. */
    public Document document(MemberId admin, UUID claimId) {
        requireAdmin(admin);
        var row = jdbc.sql("SELECT document_file, document_type FROM advocacy_company_claim WHERE id = ? AND document_file IS NOT NULL")
                .param(claimId).query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).optional()
                .orElseThrow(() -> new NotFoundException("claim"));
        InputStream in = files.open(CLAIM_AREA, row[0]).orElseThrow(() -> new NotFoundException("document"));
        return new Document(row[1], in);
    }

    /** Sets the domain at which e-mail claims are accepted; administrators only. Empty removes it. */
    @Transactional
    public void setOfficialDomain(MemberId admin, UUID companyId, String domain) {
        requireAdmin(admin);
        get(companyId);
        String clean = domain == null ? "" : domain.strip().toLowerCase(Locale.ROOT);
        if (!clean.isEmpty() && !DOMAIN.matcher(clean).matches()) {
            throw new UserInputException("advocacy.company.domain-invalid");
        }
        jdbc.sql("UPDATE advocacy_company SET official_domain = ? WHERE id = ?").params(clean.isEmpty() ? null : clean, companyId).update();
    }

    /** Makes a member a representative directly (demo content, tests); the platform vouches for it. */
    @Transactional
    public void appointRepresentative(UUID companyId, MemberId member) {
        get(companyId);
        makeRepresentative(companyId, member, "DOCUMENT");
    }

    private Claim pendingDocumentClaim(UUID claimId) {
        return jdbc.sql("SELECT " + CLAIM_COLUMNS + " FROM advocacy_company_claim WHERE id = ? AND status = 'PENDING' AND method = 'DOCUMENT'")
                .param(claimId).query(CompanyManagement::claim).optional().orElseThrow(() -> new NotFoundException("claim"));
    }

    private void decide(UUID claimId, String status, MemberId admin) {
        jdbc.sql("UPDATE advocacy_company_claim SET status = ?, decided_at = ?, decided_by = ? WHERE id = ?")
                .params(status, Timestamp.from(clock.instant()), admin == null ? null : admin.value(), claimId).update();
    }

    private void makeRepresentative(UUID companyId, MemberId member, String method) {
        Timestamp now = Timestamp.from(clock.instant());
        int added = jdbc.sql("INSERT INTO advocacy_company_representative (company_id, member_id, method, verified_at) VALUES (?, ?, ?, ?) "
                + "ON CONFLICT DO NOTHING").params(companyId, member.value(), method, now).update();
        jdbc.sql("UPDATE advocacy_company SET claimed_at = coalesce(claimed_at, ?) WHERE id = ?").params(now, companyId).update();
        if (added > 0) {
            events.publishEvent(new CompanyClaimed(new CompanyId(companyId), member, method));
        }
    }

    private void refuseIfRepresentative(MemberId member, UUID companyId) {
        if (isRepresentative(member, companyId)) {
            throw new ConflictException("advocacy.claim.already");
        }
    }

    void requireAdmin(MemberId admin) {
        Member m = members.findById(admin.value()).orElseThrow(() -> new AccessDeniedException("not an administrator"));
        if (!m.hasRole(Role.ADMIN)) {
            throw new AccessDeniedException("not an administrator");
        }
    }

    static String hash(String code) {
        return Sha256.hex(code);
    }
}
