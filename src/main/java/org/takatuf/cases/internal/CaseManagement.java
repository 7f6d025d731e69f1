package org.takatuf.cases.internal;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.takatuf.core.Sha256;
import org.takatuf.core.moderation.ProtectedDataOpened;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.takatuf.cases.CaseCategory;
import org.takatuf.cases.CaseClosed;
import org.takatuf.cases.CaseReported;
import org.takatuf.cases.CaseVerified;
import org.takatuf.cases.CaseVolunteerAssigned;
import org.takatuf.core.NotFoundException;
import org.takatuf.core.UserInputException;
import org.takatuf.core.files.FileStorage;
import org.takatuf.core.files.Uploads;
import org.takatuf.core.text.Bidi;
import org.takatuf.identity.Member;
import org.takatuf.identity.MemberId;
import org.takatuf.identity.Members;
import org.takatuf.identity.Organisation;
import org.takatuf.identity.OrganisationId;
import org.takatuf.identity.OrganisationManagement;
import org.takatuf.identity.Organisations;
import org.takatuf.identity.Role;
import org.takatuf.volunteering.BankVolunteer;
import org.takatuf.volunteering.VolunteerBank;

/**
 * Humanitarian cases: reporting (with or without an account), the triage queue of verified
 * organisations, the steps from claim to closure, the opening of protected details (always logged) and
 * the reporter's timeline. Each use case loads, checks permission with a named policy method, changes,
 * records a step and publishes.
 * <p>
 * Who may act on a case: a member of a <em>verified</em> organisation that covers the case's city and
 * category ({@code case_coverage}) or that handles the case. Steps after the claim belong to the
 * handling organisation only.
 */
@Service
public class CaseManagement {

    static final String PHOTOS = "cases";
    static final int MAX_PHOTOS = 3;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Set<CaseStatus> OPEN = Set.of(CaseStatus.NEW, CaseStatus.CLAIMED, CaseStatus.VERIFIED, CaseStatus.ADOPTED);

    private final CaseReports cases;
    private final CaseCipher cipher;
    private final CaseTimeline timeline;
    private final AccessLog accessLog;
    private final CaseMails mails;
    private final Members members;
    private final Organisations organisations;
    private final OrganisationManagement organisationManagement;
    private final FileStorage files;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;
    private final Clock clock;
    private final VolunteerBank bank;

    CaseManagement(CaseReports cases, CaseCipher cipher, CaseTimeline timeline, AccessLog accessLog, CaseMails mails, Members members,
                   Organisations organisations, OrganisationManagement organisationManagement, FileStorage files, JdbcClient jdbc,
                   ApplicationEventPublisher events, MessageSource messages, Clock clock, VolunteerBank bank) {
        this.cases = cases;
        this.cipher = cipher;
        this.timeline = timeline;
        this.accessLog = accessLog;
        this.mails = mails;
        this.members = members;
        this.organisations = organisations;
        this.organisationManagement = organisationManagement;
        this.files = files;
        this.jdbc = jdbc;
        this.events = events;
        this.messages = messages;
        this.clock = clock;
        this.bank = bank;
    }

    /** The answer to a report: the case and, for the reporter only, the secret follow-up token. */
    public record Submitted(UUID caseId, String followToken, boolean replay) {
        @Override
        public String toString() {
            return "Submitted[" + caseId + "]";
        }
    }

    // ------------------------------------------------------------------ reporting

    /**
     * Records a report. {@code reporter} is null for an anonymous reporter, who must then leave a
     * contact. The same {@code submissionKey} again (a double submit, a retried request) answers the
     * first case instead of making a second one.
     */
    @Transactional
    public Submitted report(MemberId reporter, CaseCommand command, Locale locale) {
        String submissionKey = submissionKey(command.submissionKey());
        Optional<CaseReport> earlier = cases.findBySubmissionKey(submissionKey);
        if (earlier.isPresent()) {
            CaseReport first = earlier.get();
            if (!java.util.Objects.equals(first.getReporterId(), reporter == null ? null : reporter.value())) {
                throw new UserInputException("cases.error.submission");
            }
            return new Submitted(first.getId(), cipher.decrypt(first.getId(), "follow_token", first.getEncFollowToken()), true);
        }
        CaseCategory category = CaseCategory.ofKey(blank(command.category())).orElseThrow(() -> new UserInputException("cases.error.category"));
        Urgency urgency = Urgency.ofKey(blank(command.urgency())).orElseThrow(() -> new UserInputException("cases.error.urgency"));
        CaseCity city = CaseCity.ofKey(blank(command.city())).orElseThrow(() -> new UserInputException("cases.error.city"));
        String area = text(command.area(), 100, "cases.error.area");
        Integer household = command.householdSize();
        if (household == null || household < 1 || household > 50) {
            throw new UserInputException("cases.error.household");
        }
        String summary = text(command.summary(), 2000, "cases.error.summary-long");
        if (summary == null || summary.length() < 10) {
            throw new UserInputException("cases.error.summary");
        }
        String name = text(command.beneficiaryName(), 200, "cases.error.name");
        String phone = text(command.phone(), 40, "cases.error.phone");
        if (phone != null && CaseCipher.normalisedPhone(phone) == null) {
            throw new UserInputException("cases.error.phone");
        }
        String address = text(command.address(), 500, "cases.error.address");
        String notes = text(command.notes(), 4000, "cases.error.notes");
        Double lat = command.latitude();
        Double lon = command.longitude();
        if ((lat == null) != (lon == null) || (lat != null && (lat.isNaN() || lon.isNaN() || Math.abs(lat) > 90 || Math.abs(lon) > 180))) {
            throw new UserInputException("cases.error.location");
        }
        String contact = text(command.reporterContact(), 200, "cases.error.contact");
        if (reporter == null && (contact == null || (!contact.contains("@") && CaseCipher.normalisedPhone(contact) == null))) {
            throw new UserInputException("cases.error.contact");
        }
        List<byte[]> photos = command.photos() == null ? List.of() : command.photos().stream().filter(p -> p != null && p.length > 0).toList();
        if (photos.size() > MAX_PHOTOS) {
            throw new UserInputException("cases.error.photos", MAX_PHOTOS);
        }
        List<Uploads.Reencoded> cleaned = photos.stream().map(Uploads::reencodeImage).toList();

        String token = newToken();
        UUID id = UUID.randomUUID();
        CaseReport report = new CaseReport(id, category, urgency, city, area, household, summary, lat, lon,
                command.consentSummary(), command.consentPhotos(), reporter == null ? null : reporter.value(), Sha256.hex(token),
                submissionKey, clock.instant());
        report.setReporterLocale(locale);
        report.protect(cipher.encrypt(id, "beneficiary_name", name), cipher.encrypt(id, "phone", phone), cipher.phoneHash(phone),
                cipher.encrypt(id, "address", address),
                lat == null ? null : cipher.encrypt(id, "location", lat + "," + lon),
                cipher.encrypt(id, "notes", notes), cipher.encrypt(id, "reporter_contact", contact),
                cipher.encrypt(id, "follow_token", token));
        cases.saveAndFlush(report);
        for (Uploads.Reencoded photo : cleaned) {
            String stored = files.store(PHOTOS, photo.bytes(), photo.kind().extension);
            jdbc.sql("INSERT INTO case_photo (id, case_id, stored_name, content_type, added_at) VALUES (?, ?, ?, ?, ?)")
                    .params(UUID.randomUUID(), id, stored, photo.kind().contentType, Timestamp.from(clock.instant())).update();
        }
        timeline.add(id, CaseTimeline.Kind.REPORTED, null, reporter == null ? null : reporter.value(), null, true);
        events.publishEvent(new CaseReported(report.caseId(), category, city.key()));
        return new Submitted(id, token, false);
    }

    /** The case a follow-up link points to. */
    @Transactional(readOnly = true)
    public Optional<CaseReport> byFollowToken(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return cases.findByFollowTokenHash(Sha256.hex(token.strip())).filter(c -> c.getAnonymisedAt() == null);
    }

    @Transactional(readOnly = true)
    public List<CaseReport> reportedBy(MemberId reporter) {
        return cases.findByReporterIdOrderByReportedAtDesc(reporter.value());
    }

    /** One of the reporter's own cases; someone else's is "not found". */
    @Transactional(readOnly = true)
    public CaseReport reportersCase(MemberId reporter, UUID id) {
        return cases.findById(id).filter(c -> reporter.value().equals(c.getReporterId()))
                .orElseThrow(() -> new NotFoundException("case"));
    }

    /**
     * A step as a reader sees it: the sentence's message key ({@code cases.timeline.<kind>}) and the name of the
     * organisation that took it ({@code {0}}, empty when none). The sentence is put together where it is shown: the
     * pages bidi-isolate the name ({@code #bidi}), the JSON API gives plain text ({@link #text}).
     */
    public record Step(java.time.Instant at, String messageKey, String organisation, String note) {
    }

    @Transactional(readOnly = true)
    public List<Step> steps(UUID caseId, boolean forReporter) {
        List<CaseTimeline.Entry> entries = timeline.of(caseId, forReporter);
        Map<UUID, String> names = organisationNames(entries.stream().map(CaseTimeline.Entry::organisationId).toList());
        return entries.stream().map(e -> new Step(e.createdAt(), e.kind().messageKey(), names.getOrDefault(e.organisationId(), ""),
                e.note())).toList();
    }

    /** A step's sentence in plain text, without bidi marks (the JSON API: its readers lay the text out themselves). */
    public String text(Step step, Locale locale) {
        return messages.getMessage(step.messageKey(), new Object[] {step.organisation()}, locale);
    }

    // ------------------------------------------------------------------ organisations

    /** The verified organisations a member acts for. */
    @Transactional(readOnly = true)
    public List<Organisation> actingOrganisations(MemberId member) {
        return organisationManagement.verifiedOrganisationsOf(member).stream()
                .map(id -> organisations.findById(id.value()).orElseThrow())
                .sorted(java.util.Comparator.comparing(Organisation::getName)).toList();
    }

    /** The organisation {@code slug}, if the member belongs to it and it is verified; else access is denied. */
    @Transactional(readOnly = true)
    public Organisation acting(MemberId member, String slug) {
        Organisation organisation = organisationManagement.bySlug(slug == null ? "" : slug)
                .orElseThrow(() -> new NotFoundException("organisation"));
        requireVerifiedMember(member, organisation);
        return organisation;
    }

    /** One row of the triage queue. */
    public record QueueItem(CaseReport report, String handlerName, boolean ours) {
    }

    @Transactional(readOnly = true)
    public List<QueueItem> queue(MemberId member, Organisation organisation) {
        requireVerifiedMember(member, organisation);
        List<CaseReport> queue = cases.queue(organisation.getId());
        Map<UUID, String> names = organisationNames(queue.stream().map(CaseReport::getHandlingOrgId).toList());
        return queue.stream().map(c -> new QueueItem(c, names.get(c.getHandlingOrgId()),
                organisation.getId().equals(c.getHandlingOrgId()))).toList();
    }

    /** A case as an organisation sees it (no protected details): only if the organisation covers or handles it. */
    @Transactional(readOnly = true)
    public CaseReport forOrganisation(MemberId member, Organisation organisation, UUID id) {
        requireVerifiedMember(member, organisation);
        CaseReport report = cases.findById(id).orElseThrow(() -> new NotFoundException("case"));
        if (!mayHandle(organisation.getId(), report)) {
            throw new NotFoundException("case");
        }
        return report;
    }

    @Transactional(readOnly = true)
    public Optional<String> organisationName(UUID id) {
        return id == null ? Optional.empty() : organisations.findById(id).map(Organisation::getName);
    }

    @Transactional
    public void claim(MemberId member, Organisation organisation, UUID id) {
        CaseReport report = forOrganisation(member, organisation, id);
        report.claim(organisation.getId(), clock.instant());
        step(report, CaseTimeline.Kind.CLAIMED, organisation, member, null, true);
    }

    /** {@code how}: how the organisation checked the case (a visit, a call, documents); kept internal. */
    @Transactional
    public void verify(MemberId member, Organisation organisation, UUID id, String how, String publicSummary) {
        CaseReport report = handled(member, organisation, id);
        String note = required(how, 2000, "cases.error.verify-note");
        String summary = text(publicSummary, 2000, "cases.error.summary-long");
        report.verify(summary, clock.instant());
        step(report, CaseTimeline.Kind.VERIFIED, organisation, member, note, true);
        events.publishEvent(new CaseVerified(report.caseId(), organisation.organisationId(), report.getCategory(),
                report.getCity().key(), report.getPublicSummary()));
    }

    /** The reason is sent to the reporter. */
    @Transactional
    public void reject(MemberId member, Organisation organisation, UUID id, String reason) {
        CaseReport report = handled(member, organisation, id);
        String why = required(reason, 1000, "cases.error.reason");
        report.reject(clock.instant());
        step(report, CaseTimeline.Kind.REJECTED, organisation, member, why, true);
    }

    /** Marks {@code id} as a duplicate of {@code keptId}; both must be in the organisation's reach. */
    @Transactional
    public void merge(MemberId member, Organisation organisation, UUID id, UUID keptId) {
        CaseReport duplicate = handled(member, organisation, id);
        CaseReport kept = forOrganisation(member, organisation, keptId);
        if (!kept.getStatus().isOpen()) {
            throw new UserInputException("cases.error.merge-target");
        }
        duplicate.mergeInto(kept.getId(), clock.instant());
        step(duplicate, CaseTimeline.Kind.MERGED, organisation, member, null, true);
    }

    @Transactional
    public void handOver(MemberId member, Organisation organisation, UUID id, String targetSlug) {
        CaseReport report = handled(member, organisation, id);
        Organisation target = organisationManagement.bySlug(targetSlug == null ? "" : targetSlug.strip())
                .filter(Organisation::isVerified).orElseThrow(() -> new UserInputException("cases.error.hand-over-target"));
        if (!covers(target.getId(), report)) {
            throw new UserInputException("cases.error.hand-over-coverage");
        }
        report.handOver(target.getId(), clock.instant());
        step(report, CaseTimeline.Kind.HANDED_OVER, target, member, null, true);
    }

    @Transactional
    public void adopt(MemberId member, Organisation organisation, UUID id) {
        CaseReport report = handled(member, organisation, id);
        report.adopt(clock.instant());
        step(report, CaseTimeline.Kind.ADOPTED, organisation, member, null, true);
    }

    /**
     * Assigns a member of the handling organisation to the case and publishes
     * {@link CaseVolunteerAssigned} for the volunteer bank (the hook: cases does not depend on it).
     */
    @Transactional
    public void assign(MemberId member, Organisation organisation, UUID id, UUID volunteer) {
        CaseReport report = handled(member, organisation, id);
        report.requireActive();
        if (volunteer == null || !organisationManagement.isMember(new MemberId(volunteer), organisation.organisationId())) {
            throw new UserInputException("cases.error.volunteer");
        }
        if (!recordAssignment(report, organisation, member, volunteer)) {
            return;
        }
        events.publishEvent(new CaseVolunteerAssigned(report.caseId(), organisation.organisationId(), new MemberId(volunteer),
                report.getCategory(), report.getCity().key(), false));
    }

    /** One assignment row and the timeline step; false when the volunteer was already assigned (a double submit). */
    private boolean recordAssignment(CaseReport report, Organisation organisation, MemberId member, UUID volunteer) {
        int added = jdbc.sql("INSERT INTO case_assignment (case_id, member_id, assigned_by, assigned_at) VALUES (?, ?, ?, ?) "
                        + "ON CONFLICT DO NOTHING")
                .params(report.getId(), volunteer, member.value(), Timestamp.from(clock.instant())).update();
        if (added == 0) {
            return false;
        }
        step(report, CaseTimeline.Kind.VOLUNTEER_ASSIGNED, organisation, member, null, true);
        return true;
    }

    /** How many volunteers of the bank a case's page offers. */
    public static final int BANK_VOLUNTEERS = 10;

    /**
     * Volunteers of the volunteer bank in the case's city (same key in both modules' city lists; a case
     * city the bank does not list has none), those whose activities fit the need first, then the
     * nearest to the centre of the city. Only for the handling organisation of an active case.
     */
    @Transactional(readOnly = true)
    public List<BankVolunteer> bankVolunteers(MemberId member, Organisation organisation, UUID id) {
        CaseReport report = forOrganisation(member, organisation, id);
        if (!organisation.getId().equals(report.getHandlingOrgId())
                || (report.getStatus() != CaseStatus.VERIFIED && report.getStatus() != CaseStatus.ADOPTED)) {
            return List.of();
        }
        CaseCity city = report.getCity();
        return bank.inCity(city.key(), city.latitude, city.longitude, BankFit.activitiesFor(report.getCategory()), BANK_VOLUNTEERS);
    }

    /** Whether the volunteer bank has the case's city at all (else the page says so). */
    public boolean bankKnowsCity(CaseReport report) {
        return bank.knowsCity(report.getCity().key());
    }

    /**
     * Assigns a volunteer of the volunteer bank to the case: only one the bank has in the case's city
     * (checked again here, whatever the form sent; anyone else is "not found"). Adds the step to the
     * timeline (the reporter is told, as for a member), tells the volunteer by e-mail in their language
     * and publishes {@link CaseVolunteerAssigned}.
     */
    @Transactional
    public void assignFromBank(MemberId member, Organisation organisation, UUID id, UUID volunteer) {
        CaseReport report = handled(member, organisation, id);
        report.requireActive();
        if (volunteer == null) {
            throw new UserInputException("cases.error.bank-volunteer");
        }
        CaseCity city = report.getCity();
        BankVolunteer chosen = bank.findInCity(new MemberId(volunteer), city.key(), city.latitude, city.longitude)
                .orElseThrow(() -> new NotFoundException("volunteer"));
        if (!recordAssignment(report, organisation, member, volunteer)) {
            return;
        }
        members.findById(chosen.memberId().value()).filter(Member::isEnabled).ifPresent(v -> {
            Locale locale = v.getPreferredLocale();
            String text = messages.getMessage("cases.mail.volunteer.text", new Object[] {Bidi.isolate(organisation.getName()),
                    messages.getMessage(report.getCategory().messageKey(), null, locale),
                    messages.getMessage(city.messageKey(), null, locale)}, locale);
            mails.sendToVolunteer(v.getEmail(), locale, text, "/me/volunteering");
        });
        events.publishEvent(new CaseVolunteerAssigned(report.caseId(), organisation.organisationId(), chosen.memberId(),
                report.getCategory(), city.key(), true));
    }

    /** Names of the members assigned to a case. */
    @Transactional(readOnly = true)
    public List<String> assigned(UUID caseId) {
        List<UUID> ids = jdbc.sql("SELECT member_id FROM case_assignment WHERE case_id = ? ORDER BY assigned_at")
                .param(caseId).query(UUID.class).list();
        return members.findAllById(ids).stream().map(Member::getDisplayName).toList();
    }

    /** Records what was given (a food parcel, three months of rent, the operation paid): the reporter sees it. */
    @Transactional
    public void give(MemberId member, Organisation organisation, UUID id, String what) {
        CaseReport report = handled(member, organisation, id);
        report.requireActive();
        step(report, CaseTimeline.Kind.AID_GIVEN, organisation, member, required(what, 1000, "cases.error.given"), true);
    }

    @Transactional
    public void publish(MemberId member, Organisation organisation, UUID id, String publicSummary) {
        CaseReport report = handled(member, organisation, id);
        if (!report.isConsentSummary()) {
            throw new UserInputException("cases.error.no-consent");
        }
        String text = text(publicSummary, 2000, "cases.error.summary-long");
        report.publish(text == null ? report.getPublicSummary() : text, clock.instant());
        step(report, CaseTimeline.Kind.PUBLISHED, organisation, member, null, true);
        // the public summary only (never the protected details), to the followers of the case and of its organisation
        events.publishEvent(new org.takatuf.core.activity.ActivityPublished(report.getId(), "cases.published",
                caseSources(report, organisation), null, "", report.getPublicSummary() == null ? "" : report.getPublicSummary(),
                "/cases/" + report.getId(), clock.instant()));
        events.publishEvent(new org.takatuf.core.activity.ContentVisibilityChanged("case", report.getId(), true));
    }

    private static List<org.takatuf.core.activity.ActivityPublished.Source> caseSources(CaseReport report, Organisation organisation) {
        return List.of(org.takatuf.core.activity.ActivityPublished.Source.of("case", report.getId()),
                org.takatuf.core.activity.ActivityPublished.Source.of("organisation", organisation.getId()));
    }

    @Transactional
    public void unpublish(MemberId member, Organisation organisation, UUID id) {
        CaseReport report = handled(member, organisation, id);
        report.unpublish(clock.instant());
        step(report, CaseTimeline.Kind.UNPUBLISHED, organisation, member, null, false);
        events.publishEvent(new org.takatuf.core.activity.ContentVisibilityChanged("case", report.getId(), false));
    }

    @Transactional
    public void close(MemberId member, Organisation organisation, UUID id, String outcome) {
        CaseReport report = handled(member, organisation, id);
        String note = text(outcome, 1000, "cases.error.outcome");
        boolean wasPublic = report.isPublished();
        report.close(clock.instant());
        step(report, CaseTimeline.Kind.CLOSED, organisation, member, note, true);
        events.publishEvent(new CaseClosed(report.caseId(), organisation.organisationId()));
        if (wasPublic) {
            // only a case whose summary was public: its followers learn the outcome (the public note of the closing step)
            events.publishEvent(new org.takatuf.core.activity.ActivityPublished(
                    UUID.nameUUIDFromBytes(("cases.closed:" + report.getId()).getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                    "cases.closed", caseSources(report, organisation), null, "", note == null ? "" : note, "/cases", clock.instant()));
        }
    }

    /**
     * Opens the protected details: writes the access record (who, when, which case, why) first. Only a
     * member of a verified organisation that covers or handles the case.
     */
    @Transactional
    public ProtectedDetails open(MemberId member, Organisation organisation, UUID id, String reason) {
        CaseReport report = forOrganisation(member, organisation, id);
        String why = required(reason, 500, "cases.error.access-reason");
        if (why.length() < 5) {
            throw new UserInputException("cases.error.access-reason");
        }
        if (report.getAnonymisedAt() != null) {
            throw new UserInputException("cases.error.anonymised");
        }
        Instant opened = clock.instant();
        accessLog.record(report.getId(), member.value(), organisation.getId(), why, opened);
        // the platform's audit log (moderation) records it too; the case's own chained log stays as it is
        events.publishEvent(new ProtectedDataOpened("case", report.getId(), member.value(), organisation.getId(), why, opened));
        UUID c = report.getId();
        return new ProtectedDetails(cipher.decrypt(c, "beneficiary_name", report.getEncBeneficiaryName()),
                cipher.decrypt(c, "phone", report.getEncPhone()), cipher.decrypt(c, "address", report.getEncAddress()),
                cipher.decrypt(c, "location", report.getEncLocation()), cipher.decrypt(c, "notes", report.getEncNotes()),
                cipher.decrypt(c, "reporter_contact", report.getEncReporterContact()));
    }

    /** Open cases that look like the same family: same phone, or same city with a close text or district. */
    @Transactional(readOnly = true)
    public List<CaseReport> duplicates(MemberId member, Organisation organisation, CaseReport report) {
        requireVerifiedMember(member, organisation);
        if (report.getAnonymisedAt() != null) {
            return List.of();
        }
        List<UUID> ids = jdbc.sql("""
                        SELECT c.id FROM case_report c
                        WHERE c.id <> :id AND c.status IN ('NEW', 'CLAIMED', 'VERIFIED', 'ADOPTED') AND c.anonymised_at IS NULL
                          AND ((c.phone_hash IS NOT NULL AND c.phone_hash = CAST(:phone AS varchar))
                            OR (c.city = :city AND (similarity(c.summary, :summary) > 0.3
                                OR (c.household_size = :household AND c.area IS NOT NULL
                                    AND similarity(c.area, COALESCE(CAST(:area AS varchar), '')) > 0.6))))
                        ORDER BY (CASE WHEN c.phone_hash = CAST(:phone AS varchar) THEN 1 ELSE 0 END)
                                 + similarity(c.summary, :summary) DESC, c.reported_at
                        LIMIT 10""")
                .param("id", report.getId()).param("phone", report.getPhoneHash()).param("city", report.getCity().name())
                .param("summary", report.getSummary()).param("household", report.getHouseholdSize()).param("area", report.getArea())
                .query(UUID.class).list();
        Map<UUID, CaseReport> found = cases.findAllById(ids).stream().collect(Collectors.toMap(CaseReport::getId, Function.identity()));
        return ids.stream().map(found::get).filter(c -> c != null && mayHandle(organisation.getId(), c)).limit(5).toList();
    }

    // ------------------------------------------------------------------ coverage

    /** Cells "city:category" the organisation covers. */
    @Transactional(readOnly = true)
    public Set<String> coverage(OrganisationId organisation) {
        return new LinkedHashSet<>(jdbc.sql("SELECT city || ':' || category FROM case_coverage WHERE organisation_id = ?")
                .param(organisation.value()).query(String.class).list());
    }

    /** An organisation's administrator says where and in which categories it handles cases. */
    @Transactional
    public void setCoverage(MemberId admin, Organisation organisation, List<String> cells) {
        if (!organisationManagement.isAdmin(admin, organisation.organisationId())) {
            throw new AccessDeniedException("organisation administrators only");
        }
        List<String[]> parsed = new ArrayList<>();
        for (String cell : cells == null ? List.<String>of() : cells) {
            String[] parts = cell == null ? new String[0] : cell.split(":", 2);
            if (parts.length != 2 || !validEnum(CaseCity.class, parts[0]) || !validEnum(CaseCategory.class, parts[1])) {
                throw new UserInputException("cases.error.coverage");
            }
            parsed.add(parts);
        }
        jdbc.sql("DELETE FROM case_coverage WHERE organisation_id = ?").param(organisation.getId()).update();
        for (String[] p : parsed) {
            jdbc.sql("INSERT INTO case_coverage (organisation_id, city, category) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
                    .params(organisation.getId(), p[0], p[1]).update();
        }
    }

    // ------------------------------------------------------------------ public

    @Transactional(readOnly = true)
    public List<CaseReport> published(int page) {
        return cases.findByPublishedTrueOrderByUpdatedAtDesc(PageRequest.of(Math.clamp(page, 0, 1000), 20));
    }

    @Transactional(readOnly = true)
    public Optional<CaseReport> publishedCase(UUID id) {
        return cases.findById(id).filter(CaseReport::isPublished);
    }

    /** A photo the reader may see: public when the case is published with consent for photos; otherwise to organisations that may handle the case. */
    public record Photo(String contentType, java.io.InputStream content) {
    }

    @Transactional(readOnly = true)
    public List<UUID> photos(UUID caseId) {
        return jdbc.sql("SELECT id FROM case_photo WHERE case_id = ? ORDER BY added_at, id").param(caseId).query(UUID.class).list();
    }

    @Transactional(readOnly = true)
    public boolean photosPublic(CaseReport report) {
        return report.isPublished() && report.isConsentPhotos();
    }

    @Transactional(readOnly = true)
    public Optional<Photo> photo(MemberId reader, UUID caseId, UUID photoId) {
        CaseReport report = cases.findById(caseId).orElseThrow(() -> new NotFoundException("case"));
        boolean allowed = photosPublic(report) || (reader != null && organisationManagement.verifiedOrganisationsOf(reader).stream()
                .anyMatch(o -> mayHandle(o.value(), report)));
        if (!allowed) {
            throw new NotFoundException("photo");
        }
        return jdbc.sql("SELECT stored_name, content_type FROM case_photo WHERE id = ? AND case_id = ?").params(photoId, caseId)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).optional()
                .flatMap(p -> files.open(PHOTOS, p[0]).map(in -> new Photo(p[1], in)));
    }

    /** A group of the public needs page. */
    public record NeedGroup(CaseCity city, CaseCategory category, long cases, long people) {
    }

    /** Minimum size of a group shown publicly. */
    public static final int MIN_GROUP = 5;

    /**
     * Open, not anonymised cases grouped by city and category; groups of fewer than {@value #MIN_GROUP}
     * cases are left out entirely (and out of every total, so no subtraction reveals them).
     */
    @Transactional(readOnly = true)
    public List<NeedGroup> needs() {
        return jdbc.sql("""
                        SELECT city, category, count(*) AS cases, sum(household_size) AS people FROM case_report
                        WHERE status IN ('NEW', 'CLAIMED', 'VERIFIED', 'ADOPTED') AND anonymised_at IS NULL
                        GROUP BY city, category HAVING count(*) >= ? ORDER BY count(*) DESC, city, category""")
                .param(MIN_GROUP)
                .query((rs, n) -> new NeedGroup(CaseCity.valueOf(rs.getString(1)), CaseCategory.valueOf(rs.getString(2)),
                        rs.getLong(3), rs.getLong(4))).list();
    }

    // ------------------------------------------------------------------ administrators

    /** The access log: platform administrators only. */
    @Transactional(readOnly = true)
    public List<AccessLog.Entry> accessLog(MemberId admin, UUID caseId) {
        requirePlatformAdmin(admin);
        return accessLog.recent(500, caseId);
    }

    @Transactional(readOnly = true)
    public boolean accessLogIntact(MemberId admin) {
        requirePlatformAdmin(admin);
        return accessLog.verifyChain();
    }

    @Transactional(readOnly = true)
    public Map<UUID, String> memberNames(List<UUID> ids) {
        return members.findAllById(ids.stream().distinct().toList()).stream()
                .collect(Collectors.toMap(Member::getId, Member::getDisplayName));
    }

    @Transactional(readOnly = true)
    public Map<UUID, String> organisationNames(List<UUID> ids) {
        return organisations.findAllById(ids.stream().filter(java.util.Objects::nonNull).distinct().toList()).stream()
                .collect(Collectors.toMap(Organisation::getId, Organisation::getName));
    }

    // ------------------------------------------------------------------ policies

    private void requireVerifiedMember(MemberId member, Organisation organisation) {
        if (member == null || !organisation.isVerified() || !organisationManagement.isMember(member, organisation.organisationId())) {
            throw new AccessDeniedException("members of a verified organisation only");
        }
    }

    private void requirePlatformAdmin(MemberId admin) {
        if (admin == null || members.findById(admin).filter(m -> m.hasRole(Role.ADMIN)).isEmpty()) {
            throw new AccessDeniedException("platform administrators only");
        }
    }

    /** The organisation covers the case's city and category, or the case is in its hands. */
    boolean mayHandle(UUID organisation, CaseReport report) {
        return organisation.equals(report.getHandlingOrgId()) || covers(organisation, report);
    }

    private boolean covers(UUID organisation, CaseReport report) {
        return jdbc.sql("SELECT count(*) FROM case_coverage WHERE organisation_id = ? AND city = ? AND category = ?")
                .params(organisation, report.getCity().name(), report.getCategory().name()).query(Long.class).single() > 0;
    }

    /** A case in the hands of this organisation (after its claim). */
    private CaseReport handled(MemberId member, Organisation organisation, UUID id) {
        CaseReport report = forOrganisation(member, organisation, id);
        if (!organisation.getId().equals(report.getHandlingOrgId())) {
            throw new UserInputException("cases.error.not-handler");
        }
        return report;
    }

    private void step(CaseReport report, CaseTimeline.Kind kind, Organisation organisation, MemberId member, String note,
                      boolean visibleToReporter) {
        boolean noteForReporter = kind.noteForReporter();
        timeline.add(report.getId(), kind, organisation.getId(), member.value(), note, visibleToReporter);
        if (visibleToReporter) {
            notifyReporter(report, kind, organisation.getName(), noteForReporter ? note : null);
        }
    }

    private void notifyReporter(CaseReport report, CaseTimeline.Kind kind, String organisationName, String note) {
        String address;
        Locale locale;
        String path;
        if (report.getReporterId() != null) {
            Optional<Member> reporter = members.findById(report.getReporterId()).filter(Member::isEnabled);
            if (reporter.isEmpty()) {
                return;
            }
            address = reporter.get().getEmail();
            locale = reporter.get().getPreferredLocale();
            path = "/me/cases/" + report.getId();
        } else {
            String contact = cipher.decrypt(report.getId(), "reporter_contact", report.getEncReporterContact());
            if (contact == null || !contact.contains("@")) {
                return; // a phone contact: the organisation calls; the link still shows the timeline
            }
            address = contact;
            locale = report.getReporterLocale();
            path = "/cases/follow/" + cipher.decrypt(report.getId(), "follow_token", report.getEncFollowToken());
        }
        String text = messages.getMessage(kind.messageKey(), new Object[] {Bidi.isolate(organisationName)}, locale);
        if (note != null) {
            text = text + " " + messages.getMessage("cases.mail.note", new Object[] {Bidi.isolate(note)}, locale);
        }
        mails.send(address, locale, text, path);
    }

    // ------------------------------------------------------------------ helpers

    private static <E extends Enum<E>> boolean validEnum(Class<E> type, String name) {
        try {
            Enum.valueOf(type, name);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    static String text(String value, int max, String key) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.length() > max || v.indexOf('\u0000') >= 0) {
            throw new UserInputException(key, max);
        }
        return v;
    }

    static String required(String value, int max, String key) {
        String v = text(value, max, key);
        if (v == null) {
            throw new UserInputException(key, max);
        }
        return v;
    }

    private static String blank(String s) {
        return s == null ? "" : s.strip();
    }

    private static String submissionKey(String given) {
        if (given == null || given.isBlank()) {
            return newToken();
        }
        String key = given.strip();
        if (key.length() > 64 || !key.matches("[A-Za-z0-9_-]+")) {
            throw new UserInputException("cases.error.submission");
        }
        return key;
    }

    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
