package org.takatuf.identity;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.ibm.icu.text.Transliterator;
import jakarta.persistence.criteria.Predicate;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.takatuf.core.ConflictException;
import org.takatuf.core.NotFoundException;
import org.takatuf.core.UserInputException;
import org.takatuf.core.files.FileStorage;
import org.takatuf.core.files.Uploads;
import org.takatuf.identity.internal.AccountMails;
import org.takatuf.identity.internal.Invitation;
import org.takatuf.identity.internal.Invitations;
import org.takatuf.identity.internal.OrganisationMembership;
import org.takatuf.identity.internal.OrganisationMemberships;
import org.takatuf.identity.internal.Tokens;
import org.takatuf.identity.internal.VerificationDocument;
import org.takatuf.identity.internal.VerificationRequest;
import org.takatuf.identity.internal.VerificationRequests;

/** Organisations: creation, members and invitations, verification by a platform administrator. */
@Service
public class OrganisationManagement {

    static final Duration INVITATION_VALIDITY = Duration.ofDays(14);
    static final int MAX_DOCUMENTS = 5;
    private static final String DOCUMENTS = "verification";
    private static final Transliterator SLUG = Transliterator.getInstance("Any-Latin; Latin-ASCII; Lower");

    private final Organisations organisations;
    private final OrganisationMemberships memberships;
    private final Invitations invitations;
    private final VerificationRequests requests;
    private final Members members;
    private final FileStorage files;
    private final AccountMails mails;
    private final ApplicationEventPublisher events;
    private final Validator validator;
    private final Clock clock;

    OrganisationManagement(Organisations organisations, OrganisationMemberships memberships, Invitations invitations,
                           VerificationRequests requests, Members members, FileStorage files, AccountMails mails,
                           ApplicationEventPublisher events, Validator validator, Clock clock) {
        this.organisations = organisations;
        this.memberships = memberships;
        this.invitations = invitations;
        this.requests = requests;
        this.members = members;
        this.files = files;
        this.mails = mails;
        this.events = events;
        this.validator = validator;
        this.clock = clock;
    }

    /** A member creates an organisation and becomes its first administrator. */
    @Transactional
    public Organisation create(MemberId creator, OrganisationForm form) {
        validate(form);
        Organisation organisation = organisations.save(new Organisation(uniqueSlug(form.name()), form, creator, clock.instant()));
        memberships.save(new OrganisationMembership(organisation.getId(), creator.value(), OrganisationRole.ADMIN, clock.instant()));
        return organisation;
    }

    @Transactional
    public void edit(MemberId editor, OrganisationId id, OrganisationForm form) {
        Organisation organisation = load(id);
        requireAdmin(editor, organisation);
        validate(form);
        organisation.edit(form);
    }

    /** Sends an invitation link by e-mail; an existing member of the organisation cannot be invited again. */
    @Transactional
    public void invite(MemberId inviter, OrganisationId id, String email, OrganisationRole role) {
        Organisation organisation = load(id);
        requireAdmin(inviter, organisation);
        if (email == null || !email.trim().matches("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$") || email.length() > 254) {
            throw new UserInputException("signup.email.invalid");
        }
        if (role == null) {
            throw new UserInputException("invitation.role.required");
        }
        Optional<Member> existing = members.findByEmail(email.trim());
        if (existing.isPresent() && memberships.findByOrganisationIdAndMemberId(organisation.getId(), existing.get().getId()).isPresent()) {
            throw new ConflictException("organisation.invite.already-member");
        }
        String secret = Tokens.newSecret();
        invitations.save(new Invitation(organisation.getId(), email, role, Tokens.hash(secret), inviter.value(),
                clock.instant(), INVITATION_VALIDITY));
        Locale locale = existing.map(Member::getPreferredLocale).orElse(Locale.forLanguageTag("ar"));
        mails.send(email.trim(), locale, "invitation", "mail.invitation.subject",
                Map.of("organisation", organisation.getName(), "link", mails.link("/invitations/" + secret)));
    }

    /** The signed-in member accepts an invitation sent to any address: the link is the proof. */
    @Transactional
    public Organisation acceptInvitation(MemberId member, String secret) {
        Invitation invitation = invitations.findByTokenHash(Tokens.hash(secret == null ? "" : secret))
                .filter(i -> i.isUsable(clock.instant()))
                .orElseThrow(() -> new UserInputException("link.invalid"));
        invitation.accept(clock.instant());
        if (memberships.findByOrganisationIdAndMemberId(invitation.getOrganisationId(), member.value()).isEmpty()) {
            memberships.save(new OrganisationMembership(invitation.getOrganisationId(), member.value(), invitation.getRole(),
                    clock.instant()));
        }
        return organisations.findById(invitation.getOrganisationId()).orElseThrow();
    }

    /** Documents (PDF, JPEG or PNG) are checked by their bytes; images are re-encoded without metadata. */
    @Transactional
    public UUID requestVerification(MemberId requester, OrganisationId id, String note, List<Upload> documents) {
        Organisation organisation = load(id);
        requireAdmin(requester, organisation);
        if (documents == null || documents.isEmpty()) {
            throw new UserInputException("verification.documents.required");
        }
        if (documents.size() > MAX_DOCUMENTS) {
            throw new UserInputException("verification.documents.too-many", MAX_DOCUMENTS);
        }
        if (note != null && note.length() > 2000) {
            throw new UserInputException("verification.note.too-long");
        }
        if (organisation.getStatus() == VerificationStatus.VERIFIED || organisation.getStatus() == VerificationStatus.PENDING) {
            throw new ConflictException("verification.already-" + organisation.getStatus().name().toLowerCase(Locale.ROOT));
        }
        VerificationRequest request = new VerificationRequest(organisation.getId(), requester.value(), note, clock.instant());
        for (Upload document : documents) {
            Uploads.Kind kind = Uploads.check(document.bytes(), Uploads.Kind.PDF, Uploads.Kind.JPEG, Uploads.Kind.PNG);
            byte[] bytes = document.bytes();
            if (kind != Uploads.Kind.PDF) {
                Uploads.Reencoded clean = Uploads.reencodeImage(bytes);
                bytes = clean.bytes();
                kind = clean.kind();
            }
            String stored = files.store(DOCUMENTS, bytes, kind.extension);
            request.attach(new VerificationDocument(safeName(document.originalName()), stored, kind.contentType, bytes.length));
        }
        requests.save(request);
        organisation.requestVerification();
        return request.getId();
    }

    @Transactional
    public void approve(MemberId admin, UUID requestId) {
        VerificationRequest request = pending(admin, requestId);
        Organisation organisation = organisations.findById(request.getOrganisationId()).orElseThrow();
        request.approve(admin.value(), clock.instant());
        organisation.verify(clock.instant());
        events.publishEvent(new OrganisationVerified(organisation.organisationId(), admin));
        events.publishEvent(new org.takatuf.core.activity.ActivityPublished(
                java.util.UUID.nameUUIDFromBytes(("organisations.verified:" + organisation.getId()).getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                "organisations.verified", java.util.List.of(org.takatuf.core.activity.ActivityPublished.Source.of("organisation", organisation.getId())),
                null, organisation.getName(), organisation.getDescription() == null ? "" : organisation.getDescription(),
                "/organisations/" + organisation.getSlug(), clock.instant()));
        notifyAdmins(organisation, "organisation-verified", "mail.verified.subject", null);
    }

    @Transactional
    public void reject(MemberId admin, UUID requestId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new UserInputException("verification.reason.required");
        }
        if (reason.length() > 1000) {
            throw new UserInputException("verification.reason.too-long");
        }
        VerificationRequest request = pending(admin, requestId);
        Organisation organisation = organisations.findById(request.getOrganisationId()).orElseThrow();
        request.reject(admin.value(), reason.trim(), clock.instant());
        organisation.reject(reason.trim());
        events.publishEvent(new OrganisationRejected(organisation.organisationId(), admin, reason.trim()));
        notifyAdmins(organisation, "organisation-rejected", "mail.rejected.subject", reason.trim());
    }

    private void notifyAdmins(Organisation organisation, String template, String subject, String reason) {
        for (OrganisationMembership membership : memberships.findByOrganisationIdOrderByJoinedAtAsc(organisation.getId())) {
            if (membership.getRole() != OrganisationRole.ADMIN) {
                continue;
            }
            members.findById(membership.getMemberId()).ifPresent(member -> {
                java.util.HashMap<String, Object> variables = new java.util.HashMap<>();
                variables.put("organisation", organisation.getName());
                variables.put("link", mails.link("/organisations/" + organisation.getSlug()));
                variables.put("reason", reason == null ? "" : reason);
                mails.send(member.getEmail(), member.getPreferredLocale(), template, subject, variables);
            });
        }
    }

    private VerificationRequest pending(MemberId admin, UUID requestId) {
        requirePlatformAdmin(admin);
        VerificationRequest request = requests.findById(requestId).orElseThrow(() -> new NotFoundException("request"));
        if (request.getStatus() != VerificationRequest.Status.PENDING) {
            throw new ConflictException("verification.already-decided");
        }
        return request;
    }

    // --- queries ---

    @Transactional(readOnly = true)
    public Optional<Organisation> bySlug(String slug) {
        return organisations.findBySlug(slug);
    }

    @Transactional(readOnly = true)
    public List<Organisation> all() {
        return organisations.findAllByOrderByNameAsc();
    }

    @Transactional(readOnly = true)
    public List<Organisation> featured(int limit) {
        return organisations.findByStatusOrderByVerifiedAtDesc(VerificationStatus.VERIFIED, Limit.of(limit));
    }

    /** Public figures for the home page. */
    @Transactional(readOnly = true)
    public Statistics statistics() {
        return new Statistics(organisations.count(), organisations.countByStatus(VerificationStatus.VERIFIED), members.count());
    }

    /** Public counts. */
    public record Statistics(long organisations, long verifiedOrganisations, long members) {
    }

    /** The organisations a member belongs to, with the member's role in each. */
    @Transactional(readOnly = true)
    public List<Membership> membershipsOf(MemberId member) {
        return memberships.findByMemberId(member.value()).stream()
                .map(m -> new Membership(organisations.findById(m.getOrganisationId()).orElseThrow(), m.getRole()))
                .toList();
    }

    /** The members of an organisation (names only, for its page). */
    @Transactional(readOnly = true)
    public List<Person> people(OrganisationId id) {
        return memberships.findByOrganisationIdOrderByJoinedAtAsc(id.value()).stream()
                .map(m -> new Person(new MemberId(m.getMemberId()),
                        members.findById(m.getMemberId()).map(Member::getDisplayName).orElse(""), m.getRole()))
                .toList();
    }

    @Transactional(readOnly = true)
    public boolean isAdmin(MemberId member, OrganisationId organisation) {
        return memberships.findByOrganisationIdAndMemberId(organisation.value(), member.value())
                .filter(m -> m.getRole() == OrganisationRole.ADMIN).isPresent();
    }

    @Transactional(readOnly = true)
    public boolean isMember(MemberId member, OrganisationId organisation) {
        return memberships.findByOrganisationIdAndMemberId(organisation.value(), member.value()).isPresent();
    }

    /** Members of verified organisations act for them (triage, shifts, …). */
    @Transactional(readOnly = true)
    public List<OrganisationId> verifiedOrganisationsOf(MemberId member) {
        return membershipsOf(member).stream().filter(m -> m.organisation().isVerified())
                .map(m -> m.organisation().organisationId()).toList();
    }

    /** Requests waiting for a decision, oldest first: platform administrators only. */
    @Transactional(readOnly = true)
    public List<PendingRequest> pendingRequests(MemberId admin) {
        requirePlatformAdmin(admin);
        return requests.findByStatusOrderBySubmittedAtAsc(VerificationRequest.Status.PENDING).stream()
                .map(r -> new PendingRequest(view(r), organisations.findById(r.getOrganisationId()).orElseThrow()))
                .toList();
    }

    /** The organisation's latest request, for its admins' eyes (status, reason). */
    @Transactional(readOnly = true)
    public Optional<VerificationRequestView> latestRequest(OrganisationId id) {
        return requests.findFirstByOrganisationIdOrderBySubmittedAtDesc(id.value()).map(this::view);
    }

    /** What the holder of an invitation link is invited to; empty when the link is unknown, used or expired. */
    @Transactional(readOnly = true)
    public Optional<InvitationView> invitation(String secret) {
        if (secret == null || secret.isBlank() || secret.length() > 200) {
            return Optional.empty();
        }
        return invitations.findByTokenHash(Tokens.hash(secret)).filter(i -> i.isUsable(clock.instant()))
                .flatMap(i -> organisations.findById(i.getOrganisationId()).map(o -> invitationView(i, o)));
    }

    /** Invitations not yet accepted and still usable: the organisation's admins only. */
    @Transactional(readOnly = true)
    public List<InvitationView> openInvitations(MemberId admin, OrganisationId id) {
        Organisation organisation = load(id);
        requireAdmin(admin, organisation);
        return invitations.findByOrganisationIdAndAcceptedAtIsNullAndExpiresAtAfterOrderByCreatedAtDesc(id.value(),
                clock.instant()).stream().map(i -> invitationView(i, organisation)).toList();
    }

    /** One page of the public list, by name. */
    @Transactional(readOnly = true)
    public Page<Organisation> list(OrganisationFilter filter, int page, int size) {
        Specification<Organisation> matching = (root, query, cb) -> {
            List<Predicate> all = new java.util.ArrayList<>();
            if (filter.kind() != null) {
                all.add(cb.equal(root.get("kind"), filter.kind()));
            }
            if (filter.city() != null) {
                all.add(cb.equal(cb.lower(cb.trim(root.get("city"))), filter.city().toLowerCase(Locale.ROOT)));
            }
            if (filter.verifiedOnly()) {
                all.add(cb.equal(root.get("status"), VerificationStatus.VERIFIED));
            }
            return cb.and(all.toArray(Predicate[]::new));
        };
        int safeSize = Math.clamp(size, 1, 100);
        int safePage = Math.clamp(page, 0, 10_000);
        return organisations.findAll(matching, PageRequest.of(safePage, safeSize, Sort.by("name", "id")));
    }

    /** The cities that organisations name, for filters. */
    @Transactional(readOnly = true)
    public List<String> cities() {
        return organisations.findDistinctCities().stream().map(String::strip).distinct().toList();
    }

    /** Opens a verification document: administrators only. */
    @Transactional(readOnly = true)
    public Optional<Document> document(MemberId admin, UUID requestId, UUID documentId) {
        requirePlatformAdmin(admin);
        return requests.findById(requestId).flatMap(r -> r.getDocuments().stream()
                .filter(d -> d.getId().equals(documentId)).findFirst())
                .flatMap(d -> files.open(DOCUMENTS, d.getStoredName()).map(in -> new Document(d.getOriginalName(), d.getContentType(), in)));
    }

    /** A document's content. */
    public record Document(String name, String contentType, java.io.InputStream content) {
    }

    /** A member's place in an organisation. */
    public record Membership(Organisation organisation, OrganisationRole role) {
    }

    /** A member of an organisation as shown on its page. */
    public record Person(MemberId id, String displayName, OrganisationRole role) {
    }

    /** A request waiting for an administrator. */
    public record PendingRequest(VerificationRequestView request, Organisation organisation) {
    }

    /** An uploaded file. */
    public record Upload(String originalName, byte[] bytes) {
    }

    private Organisation load(OrganisationId id) {
        return organisations.findById(id.value()).orElseThrow(() -> new NotFoundException("organisation"));
    }

    private void requireAdmin(MemberId member, Organisation organisation) {
        if (member == null || !isAdmin(member, organisation.organisationId())) {
            throw new AccessDeniedException("not an organisation admin");
        }
    }

    private void requirePlatformAdmin(MemberId admin) {
        if (admin == null || members.findById(admin).filter(m -> m.hasRole(Role.ADMIN)).isEmpty()) {
            throw new AccessDeniedException("platform administrators only");
        }
    }

    /** Bean Validation of the form for every caller, not only the web layer; the first message key is reported. */
    private void validate(OrganisationForm form) {
        if (form == null) {
            throw new UserInputException("organisation.name.required");
        }
        java.util.Set<ConstraintViolation<OrganisationForm>> violations = validator.validate(form);
        violations.stream().map(ConstraintViolation::getMessageTemplate).sorted().findFirst().ifPresent(template -> {
            throw new UserInputException(template.replaceAll("^\\{|}$", ""));
        });
    }

    private VerificationRequestView view(VerificationRequest r) {
        String submitter = members.findById(r.getSubmittedBy()).map(Member::getDisplayName).orElse("");
        return new VerificationRequestView(r.getId(), new OrganisationId(r.getOrganisationId()), submitter, r.getSubmittedAt(),
                r.getNote(), r.getStatus().name(), r.getReason(), r.getDecidedAt(),
                r.getDocuments().stream().map(d -> new VerificationRequestView.DocumentInfo(d.getId(), d.getOriginalName(),
                        d.getContentType(), d.getSizeBytes())).toList());
    }

    private static InvitationView invitationView(Invitation i, Organisation o) {
        return new InvitationView(o.getName(), o.getSlug(), i.getEmail(), i.getRole(), i.getCreatedAt(), i.getExpiresAt());
    }

    String uniqueSlug(String name) {
        String base = SLUG.transliterate(name == null ? "" : name).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (base.length() > 60) {
            base = base.substring(0, 60).replaceAll("-+$", "");
        }
        if (base.isEmpty()) {
            base = "organisation";
        }
        String slug = base;
        for (int i = 2; organisations.existsBySlug(slug); i++) {
            slug = base + "-" + i;
        }
        return slug;
    }

    private static String safeName(String name) {
        if (name == null || name.isBlank()) {
            return "document";
        }
        String cleaned = name.replaceAll("[\\p{Cntrl}/\\\\]", "_").strip();
        return cleaned.length() > 200 ? cleaned.substring(0, 200) : cleaned;
    }
}
