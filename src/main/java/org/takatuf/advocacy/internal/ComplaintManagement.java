package org.takatuf.advocacy.internal;

import java.io.InputStream;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.takatuf.advocacy.CompanyId;
import org.takatuf.advocacy.CompanyResponded;
import org.takatuf.advocacy.ComplaintEscalated;
import org.takatuf.advocacy.ComplaintResolved;
import org.takatuf.advocacy.ComplaintSent;
import org.takatuf.advocacy.Sector;
import org.takatuf.core.ConflictException;
import org.takatuf.core.NotFoundException;
import org.takatuf.core.UserInputException;
import org.takatuf.core.files.FileStorage;
import org.takatuf.core.files.Uploads;
import org.takatuf.identity.Member;
import org.takatuf.identity.MemberId;
import org.takatuf.identity.Members;
import org.takatuf.identity.Role;

/**
 * The life of a complaint: open (a private draft), evidence, send (public, the company's timer starts),
 * answers from the company's representatives, resolution confirmed by the complainant, or escalation when
 * the company stays silent past the deadline or its answer does not settle it. Moderators hide and restore.
 * Each use case loads, checks with a named policy, changes and publishes.
 */
@Service
public class ComplaintManagement {

    static final String EVIDENCE_AREA = "advocacy";
    public static final int PAGE_SIZE = 20;
    static final int MAX_EVIDENCE_PER_MEMBER = 10;

    private final JdbcClient jdbc;
    private final CompanyManagement companies;
    private final Members members;
    private final FileStorage files;
    private final ApplicationEventPublisher events;
    private final AdvocacySettings settings;
    private final Clock clock;

    ComplaintManagement(JdbcClient jdbc, CompanyManagement companies, Members members, FileStorage files,
                        ApplicationEventPublisher events, AdvocacySettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.companies = companies;
        this.members = members;
        this.files = files;
        this.events = events;
        this.settings = settings;
        this.clock = clock;
    }

    static final String COLUMNS = "c.id, c.number, c.company_id, c.author_id, c.title, c.what_happened, c.outcome, c.outcome_details, "
            + "c.sector, c.hashtag, c.status, c.created_at, c.updated_at, c.sent_at, c.answered_at, c.closed_at, "
            + "c.company_proposes_resolved, c.hidden_at, c.hidden_reason";

    static Complaint complaint(ResultSet rs, int n) throws SQLException {
        return new Complaint(rs.getObject("id", UUID.class), rs.getLong("number"), rs.getObject("company_id", UUID.class),
                rs.getObject("author_id", UUID.class), rs.getString("title"), rs.getString("what_happened"),
                Outcome.valueOf(rs.getString("outcome")), rs.getString("outcome_details"), Sector.valueOf(rs.getString("sector")),
                rs.getString("hashtag"), ComplaintStatus.valueOf(rs.getString("status")), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant(), CompanyManagement.instant(rs.getTimestamp("sent_at")),
                CompanyManagement.instant(rs.getTimestamp("answered_at")), CompanyManagement.instant(rs.getTimestamp("closed_at")),
                rs.getBoolean("company_proposes_resolved"), CompanyManagement.instant(rs.getTimestamp("hidden_at")),
                rs.getString("hidden_reason"));
    }

    public Optional<Complaint> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM advocacy_complaint c WHERE c.id = ?").param(id)
                .query(ComplaintManagement::complaint).optional();
    }

    /** The complaint if {@code viewer} may see it: public ones for everyone, drafts and hidden ones for the author and moderators. */
    public Complaint visible(UUID id, MemberId viewer) {
        Complaint c = find(id).orElseThrow(() -> new NotFoundException("complaint"));
        if (c.isPublic() || c.isAuthor(viewer) || isModerator(viewer)) {
            return c;
        }
        throw new NotFoundException("complaint");
    }

    // --- policies -------------------------------------------------------------------------------------------

    public boolean isModerator(MemberId member) {
        if (member == null) {
            return false;
        }
        return members.findById(member.value()).map(m -> m.hasRole(Role.MODERATOR) || m.hasRole(Role.ADMIN)).orElse(false);
    }

    private Complaint ownComplaint(MemberId member, UUID id) {
        Complaint c = visible(id, member);
        if (!c.isAuthor(member)) {
            throw new AccessDeniedException("not the complainant");
        }
        return c;
    }

    // --- use cases ------------------------------------------------------------------------------------------

    /**
     * Opens a complaint as a private draft. {@code submissionKey} comes with the form: the same key again
     * (a double submit) returns the first complaint.
     */
    @Transactional
    public Complaint open(MemberId author, ComplaintCommand command, UUID submissionKey) {
        if (submissionKey != null) {
            Optional<Complaint> earlier = jdbc.sql("SELECT " + COLUMNS + " FROM advocacy_complaint c WHERE c.submission_key = ?")
                    .param(submissionKey).query(ComplaintManagement::complaint).optional();
            if (earlier.isPresent()) {
                if (!earlier.get().isAuthor(author)) {
                    throw new ConflictException("advocacy.complaint.duplicate");
                }
                return earlier.get();
            }
        }
        Valid v = validate(command);
        checkComplaintLimit(author);
        Company company = companies.findOrCreate(command.companyName(), v.country, command.sector());
        UUID id = UUID.randomUUID();
        Timestamp now = Timestamp.from(clock.instant());
        try {
            jdbc.sql("INSERT INTO advocacy_complaint (id, company_id, author_id, title, what_happened, outcome, outcome_details, sector, "
                            + "hashtag, hashtag_key, status, created_at, updated_at, submission_key) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', ?, ?, ?)")
                    .params(id, company.id(), author.value(), v.title, v.whatHappened, command.outcome().name(), v.outcomeDetails,
                            command.sector().name(), v.hashtag, Hashtags.key(v.hashtag), now, now,
                            submissionKey == null ? UUID.randomUUID() : submissionKey)
                    .update();
        } catch (DuplicateKeyException e) {
            throw new ConflictException("advocacy.hashtag.taken", "#" + v.hashtag);
        }
        events.publishEvent(new org.takatuf.advocacy.ComplaintOpened(new org.takatuf.advocacy.ComplaintId(id), company.companyId(), author,
                command.sector()));
        return find(id).orElseThrow();
    }

    /** Changes the text of a draft. Once sent, the text is what the company answers, so it no longer changes. */
    @Transactional
    public void edit(MemberId author, UUID id, ComplaintCommand command) {
        Complaint c = ownComplaint(author, id);
        c.requireStatus("advocacy.complaint.frozen", ComplaintStatus.OPEN);
        Valid v = validate(command);
        Company company = companies.findOrCreate(command.companyName(), v.country, command.sector());
        try {
            jdbc.sql("UPDATE advocacy_complaint SET company_id = ?, title = ?, what_happened = ?, outcome = ?, outcome_details = ?, "
                            + "sector = ?, hashtag = ?, hashtag_key = ?, updated_at = ? WHERE id = ? AND status = 'OPEN'")
                    .params(company.id(), v.title, v.whatHappened, command.outcome().name(), v.outcomeDetails, command.sector().name(),
                            v.hashtag, Hashtags.key(v.hashtag), Timestamp.from(clock.instant()), id)
                    .update();
        } catch (DuplicateKeyException e) {
            throw new ConflictException("advocacy.hashtag.taken", "#" + v.hashtag);
        }
    }

    private record Valid(String title, String whatHappened, String outcomeDetails, String hashtag, String country) {
    }

    private Valid validate(ComplaintCommand c) {
        if (c.sector() == null) {
            throw new UserInputException("advocacy.sector.required");
        }
        if (c.outcome() == null) {
            throw new UserInputException("advocacy.outcome.required");
        }
        String country = c.country() == null ? "" : c.country().strip().toUpperCase(java.util.Locale.ROOT);
        if (!settings.countries().contains(country)) {
            throw new UserInputException("advocacy.country.required");
        }
        String title = strip(c.title());
        if (title == null || title.length() < 5) {
            throw new UserInputException("advocacy.title.required");
        }
        if (title.length() > 150) {
            throw new UserInputException("advocacy.title.too-long");
        }
        String what = strip(c.whatHappened());
        if (what == null || what.length() < 30) {
            throw new UserInputException("advocacy.what.required");
        }
        if (what.length() > 5000) {
            throw new UserInputException("advocacy.what.too-long");
        }
        String details = strip(c.outcomeDetails());
        if (details != null && details.length() > 1000) {
            throw new UserInputException("advocacy.outcome-details.too-long");
        }
        PersonalData.refuseIn(title);
        PersonalData.refuseIn(what);
        PersonalData.refuseIn(details);
        PersonalData.refuseIn(c.companyName());
        return new Valid(title, what, details, Hashtags.clean(c.hashtag()), country);
    }

    static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private void checkComplaintLimit(MemberId author) {
        Instant now = clock.instant();
        Instant since = now.minus(Duration.ofDays(1));
        List<Instant> recent = jdbc.sql("SELECT created_at FROM advocacy_complaint WHERE author_id = ? AND created_at > ? ORDER BY created_at")
                .params(author.value(), Timestamp.from(since)).query((rs, n) -> rs.getTimestamp(1).toInstant()).list();
        int limit = isNewAccount(author) ? settings.newAccountComplaintsPerDay() : settings.complaintsPerDay();
        if (recent.size() >= limit) {
            throw new RateLimitedException("advocacy.limit.complaints", Duration.between(now, recent.getFirst().plus(Duration.ofDays(1))));
        }
    }

    boolean isNewAccount(MemberId member) {
        return members.findById(member.value()).map(Member::getCreatedAt)
                .map(created -> created.isAfter(clock.instant().minus(settings.newAccountAge()))).orElse(true);
    }

    /**
     * Adds an image to a complaint: by its author (before or after sending) or by a supporter who said "me too".
     * The image is re-encoded (no metadata survives); the uploader confirms that no employee can be recognised.
     */
    @Transactional
    public Evidence addEvidence(MemberId owner, UUID complaintId, byte[] image, String caption, boolean noStaffData) {
        Complaint c = visible(complaintId, owner);
        boolean coComplainant = !c.isAuthor(owner) && isMeToo(complaintId, owner);
        if (!c.isAuthor(owner) && !coComplainant) {
            throw new AccessDeniedException("only the complainant and 'me too' supporters add evidence");
        }
        if (c.status().isClosed()) {
            throw new ConflictException("advocacy.complaint.closed");
        }
        if (!noStaffData) {
            throw new UserInputException("advocacy.evidence.confirm-required");
        }
        String cleanCaption = strip(caption);
        if (cleanCaption != null && cleanCaption.length() > 200) {
            throw new UserInputException("advocacy.evidence.caption-too-long");
        }
        PersonalData.refuseIn(cleanCaption);
        long mine = jdbc.sql("SELECT count(*) FROM advocacy_evidence WHERE complaint_id = ? AND owner_id = ? AND removed_at IS NULL")
                .params(complaintId, owner.value()).query(Long.class).single();
        if (mine >= MAX_EVIDENCE_PER_MEMBER) {
            throw new UserInputException("advocacy.evidence.too-many", MAX_EVIDENCE_PER_MEMBER);
        }
        Uploads.Reencoded clean = Uploads.reencodeImage(image);
        String name = files.store(EVIDENCE_AREA, clean.bytes(), clean.kind().extension);
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        jdbc.sql("INSERT INTO advocacy_evidence (id, complaint_id, owner_id, caption, file_name, content_type, created_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(id, complaintId, owner.value(), cleanCaption, name, clean.kind().contentType, Timestamp.from(now)).update();
        return new Evidence(id, complaintId, owner.value(), cleanCaption, name, clean.kind().contentType, now);
    }

    /** Removes evidence: its owner, or a moderator (e.g. an employee's face or name). */
    @Transactional
    public void removeEvidence(MemberId member, UUID complaintId, UUID evidenceId) {
        Evidence e = evidence(complaintId, evidenceId).orElseThrow(() -> new NotFoundException("evidence"));
        visible(complaintId, member);
        if (!e.ownerId().equals(member.value()) && !isModerator(member)) {
            throw new AccessDeniedException("not the owner of the evidence");
        }
        jdbc.sql("UPDATE advocacy_evidence SET removed_at = ? WHERE id = ?").params(Timestamp.from(clock.instant()), evidenceId).update();
        files.delete(EVIDENCE_AREA, e.fileName());
    }

    public List<Evidence> evidence(UUID complaintId) {
        return jdbc.sql("SELECT id, complaint_id, owner_id, caption, file_name, content_type, created_at FROM advocacy_evidence "
                        + "WHERE complaint_id = ? AND removed_at IS NULL ORDER BY created_at, id")
                .param(complaintId).query((rs, n) -> new Evidence(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class), rs.getString(4), rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant()))
                .list();
    }

    Optional<Evidence> evidence(UUID complaintId, UUID evidenceId) {
        return evidence(complaintId).stream().filter(e -> e.id().equals(evidenceId)).findFirst();
    }

    public record EvidenceFile(String contentType, InputStream content) {
    }

    /** An evidence image for whoever may see the complaint. */
    public EvidenceFile evidenceFile(MemberId viewer, UUID complaintId, UUID evidenceId) {
        visible(complaintId, viewer);
        Evidence e = evidence(complaintId, evidenceId).orElseThrow(() -> new NotFoundException("evidence"));
        return new EvidenceFile(e.contentType(), files.open(EVIDENCE_AREA, e.fileName()).orElseThrow(() -> new NotFoundException("file")));
    }

    /** Makes the complaint public and sends it to the company: it needs evidence from its author first. */
    @Transactional
    public void send(MemberId author, UUID id) {
        Complaint c = ownComplaint(author, id);
        c.requireStatus("advocacy.complaint.already-sent", ComplaintStatus.OPEN);
        boolean hasEvidence = evidence(id).stream().anyMatch(e -> e.ownerId().equals(author.value()));
        if (!hasEvidence) {
            throw new UserInputException("advocacy.send.evidence-required");
        }
        Instant now = clock.instant();
        int changed = jdbc.sql("UPDATE advocacy_complaint SET status = 'SENT', sent_at = ?, updated_at = ? WHERE id = ? AND status = 'OPEN'")
                .params(Timestamp.from(now), Timestamp.from(now), id).update();
        if (changed == 1) {
            events.publishEvent(new ComplaintSent(c.complaintId(), new CompanyId(c.companyId()), now));
        }
    }

    /**
     * A representative's answer, public or private to the complainants. The first public answer stops the
     * timer and marks the complaint answered; {@code proposesResolved} asks the complainant to confirm.
     */
    @Transactional
    public Response respond(MemberId representative, UUID id, String body, boolean publicly, boolean proposesResolved) {
        Complaint c = visible(id, representative);
        if (!c.status().isPublic() || !companies.isRepresentative(representative, c.companyId())) {
            throw new AccessDeniedException("not a representative of the company");
        }
        String text = strip(body);
        if (text == null || text.length() < 2) {
            throw new UserInputException("advocacy.response.required");
        }
        if (text.length() > 3000) {
            throw new UserInputException("advocacy.response.too-long");
        }
        PersonalData.refuseIn(text);
        Instant now = clock.instant();
        UUID responseId = UUID.randomUUID();
        jdbc.sql("INSERT INTO advocacy_response (id, complaint_id, company_id, author_id, public, body, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(responseId, id, c.companyId(), representative.value(), publicly, text, Timestamp.from(now)).update();
        if (publicly) {
            jdbc.sql("UPDATE advocacy_complaint SET answered_at = coalesce(answered_at, ?), "
                            + "status = CASE WHEN status = 'SENT' THEN 'ANSWERED' ELSE status END, updated_at = ? WHERE id = ?")
                    .params(Timestamp.from(now), Timestamp.from(now), id).update();
        }
        if (proposesResolved && !c.status().isClosed()) {
            jdbc.sql("UPDATE advocacy_complaint SET company_proposes_resolved = true WHERE id = ?").param(id).update();
        }
        events.publishEvent(new CompanyResponded(c.complaintId(), new CompanyId(c.companyId()), representative, publicly,
                c.waiting(now)));
        return new Response(responseId, id, representative.value(), publicly, text, now);
    }

    /** Answers the viewer may read: public ones for all; private ones for the complainants and the company's representatives. */
    public List<Response> responses(UUID id, MemberId viewer) {
        Complaint c = visible(id, viewer);
        boolean insider = viewer != null && (c.isAuthor(viewer) || isMeToo(id, viewer) || companies.isRepresentative(viewer, c.companyId())
                || isModerator(viewer));
        return jdbc.sql("SELECT id, complaint_id, author_id, public, body, created_at FROM advocacy_response WHERE complaint_id = ? "
                        + "AND hidden_at IS NULL AND (public OR ?) ORDER BY created_at, id")
                .params(id, insider).query((rs, n) -> new Response(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class), rs.getBoolean(4), rs.getString(5), rs.getTimestamp(6).toInstant())).list();
    }

    /** Only the complainant declares the complaint resolved; the company can only propose it. */
    @Transactional
    public void confirmResolved(MemberId author, UUID id) {
        Complaint c = ownComplaint(author, id);
        c.requireStatus("advocacy.complaint.cannot-resolve", ComplaintStatus.SENT, ComplaintStatus.ANSWERED);
        close(id, ComplaintStatus.RESOLVED);
        events.publishEvent(new ComplaintResolved(c.complaintId(), new CompanyId(c.companyId()), author));
    }

    /** Marks the complaint unresolved: after the answer deadline without an answer, or after an answer that did not settle it. */
    @Transactional
    public void escalate(MemberId author, UUID id) {
        Complaint c = ownComplaint(author, id);
        if (!c.canEscalate(clock.instant(), settings.answerDeadline())) {
            throw new ConflictException(c.status() == ComplaintStatus.SENT ? "advocacy.escalate.too-early" : "advocacy.escalate.not-now");
        }
        close(id, ComplaintStatus.UNRESOLVED);
        Company company = companies.get(c.companyId());
        events.publishEvent(new ComplaintEscalated(c.complaintId(), company.companyId(), c.sector(), company.country()));
    }

    private void close(UUID id, ComplaintStatus status) {
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("UPDATE advocacy_complaint SET status = ?, closed_at = ?, updated_at = ? WHERE id = ?")
                .params(status.name(), now, now, id).update();
    }

    /** The complaint for the regulator's PDF: its author only, once escalated. */
    public Complaint forRegulator(MemberId author, UUID id) {
        Complaint c = ownComplaint(author, id);
        c.requireStatus("advocacy.escalate.not-escalated", ComplaintStatus.UNRESOLVED);
        return c;
    }

    @Transactional
    public void hide(MemberId moderator, UUID id, String reason) {
        requireModerator(moderator);
        find(id).orElseThrow(() -> new NotFoundException("complaint"));
        String why = strip(reason);
        if (why == null) {
            throw new UserInputException("advocacy.hide.reason-required");
        }
        if (why.length() > 500) {
            throw new UserInputException("advocacy.hide.reason-too-long");
        }
        jdbc.sql("UPDATE advocacy_complaint SET hidden_at = ?, hidden_reason = ? WHERE id = ?")
                .params(Timestamp.from(clock.instant()), why, id).update();
        events.publishEvent(new org.takatuf.core.activity.ContentVisibilityChanged("complaint", id, false));
    }

    @Transactional
    public void restore(MemberId moderator, UUID id) {
        requireModerator(moderator);
        find(id).orElseThrow(() -> new NotFoundException("complaint"));
        jdbc.sql("UPDATE advocacy_complaint SET hidden_at = NULL, hidden_reason = NULL WHERE id = ?").param(id).update();
        events.publishEvent(new org.takatuf.core.activity.ContentVisibilityChanged("complaint", id, true));
    }

    /** Hides a supporter's experience (abusive or defamatory); the support itself still counts. */
    @Transactional
    public void hideExperience(MemberId moderator, UUID id, UUID supporter) {
        requireModerator(moderator);
        jdbc.sql("UPDATE advocacy_support SET hidden_at = ? WHERE complaint_id = ? AND member_id = ?")
                .params(Timestamp.from(clock.instant()), id, supporter).update();
    }

    private void requireModerator(MemberId member) {
        if (!isModerator(member)) {
            throw new AccessDeniedException("moderators only");
        }
    }

    boolean isMeToo(UUID complaintId, MemberId member) {
        return member != null && jdbc.sql("SELECT count(*) FROM advocacy_support WHERE complaint_id = ? AND member_id = ? AND me_too")
                .params(complaintId, member.value()).query(Long.class).single() > 0;
    }

    // --- lists ----------------------------------------------------------------------------------------------

    public record Filter(Sector sector, ComplaintStatus status, UUID company, int page) {
    }

    /** A line of a list: the complaint, its company's name and its supporters. */
    public record Card(Complaint complaint, String companyName, long supporters) {
    }

    /** Public complaints, newest sent first. */
    public List<Card> list(Filter filter) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + ", co.name AS company_name, "
                + "(SELECT coalesce(sum(s.supporters), 0) FROM advocacy_support_count s WHERE s.complaint_id = c.id) AS supporters "
                + "FROM advocacy_complaint c JOIN advocacy_company co ON co.id = c.company_id "
                + "WHERE c.status <> 'OPEN' AND c.hidden_at IS NULL");
        List<Object> params = new ArrayList<>();
        if (filter.sector() != null) {
            sql.append(" AND c.sector = ?");
            params.add(filter.sector().name());
        }
        if (filter.status() != null && filter.status() != ComplaintStatus.OPEN) {
            sql.append(" AND c.status = ?");
            params.add(filter.status().name());
        }
        if (filter.company() != null) {
            sql.append(" AND c.company_id = ?");
            params.add(filter.company());
        }
        sql.append(" ORDER BY c.sent_at DESC, c.id LIMIT ? OFFSET ?");
        params.add(PAGE_SIZE);
        params.add(filter.page() * PAGE_SIZE);
        return jdbc.sql(sql.toString()).params(params)
                .query((rs, n) -> new Card(complaint(rs, n), rs.getString("company_name"), rs.getLong("supporters"))).list();
    }

    /** The member's own complaints, drafts included. */
    public List<Card> mine(MemberId author) {
        return jdbc.sql("SELECT " + COLUMNS + ", co.name AS company_name, "
                        + "(SELECT coalesce(sum(s.supporters), 0) FROM advocacy_support_count s WHERE s.complaint_id = c.id) AS supporters "
                        + "FROM advocacy_complaint c JOIN advocacy_company co ON co.id = c.company_id WHERE c.author_id = ? "
                        + "ORDER BY c.created_at DESC LIMIT 100")
                .param(author.value())
                .query((rs, n) -> new Card(complaint(rs, n), rs.getString("company_name"), rs.getLong("supporters"))).list();
    }

    public Duration answerDeadline() {
        return settings.answerDeadline();
    }

    public Instant now() {
        return clock.instant();
    }
}
