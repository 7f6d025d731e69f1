package org.takatuf.volunteering.internal;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.takatuf.core.NotFoundException;
import org.takatuf.core.UserInputException;
import org.takatuf.identity.MemberId;
import org.takatuf.identity.Organisation;
import org.takatuf.identity.OrganisationId;
import org.takatuf.identity.OrganisationManagement;
import org.takatuf.identity.Organisations;
import org.takatuf.volunteering.ActivityType;

/** Opportunities and their shifts: created by members of verified organisations, listed publicly. */
@Service
public class OpportunityManagement {

    static final int MAX_SHIFTS_PER_CREATE = 60;
    static final int MAX_WEEKS = 52;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Locale ARABIC = Locale.forLanguageTag("ar");

    private final Opportunities opportunities;
    private final Shifts shifts;
    private final OrganisationManagement organisationManagement;
    private final Organisations organisations;
    private final EntityManager entityManager;
    private final JdbcClient jdbc;
    private final MessageSource messages;
    private final Clock clock;

    OpportunityManagement(Opportunities opportunities, Shifts shifts, OrganisationManagement organisationManagement,
                          Organisations organisations, EntityManager entityManager, JdbcClient jdbc, MessageSource messages,
                          Clock clock) {
        this.opportunities = opportunities;
        this.shifts = shifts;
        this.organisationManagement = organisationManagement;
        this.organisations = organisations;
        this.entityManager = entityManager;
        this.jdbc = jdbc;
        this.messages = messages;
        this.clock = clock;
    }

    /** Members of a verified organisation act for it; everybody else is refused. */
    public void requireOrganiser(MemberId member, OrganisationId organisation) {
        if (!organisationManagement.verifiedOrganisationsOf(member).contains(organisation)) {
            throw new AccessDeniedException("not a member of this verified organisation");
        }
    }

    @Transactional(readOnly = true)
    public Organisation organisationBySlug(MemberId member, String slug) {
        Organisation organisation = organisationManagement.bySlug(slug).orElseThrow(() -> new NotFoundException("organisation"));
        requireOrganiser(member, organisation.organisationId());
        return organisation;
    }

    /** Creates the opportunity and all its shifts (weekly repeats expanded), or nothing if any input is wrong. */
    @Transactional
    public Opportunity create(MemberId organiser, OrganisationId organisation, OpportunityCommand c) {
        requireOrganiser(organiser, organisation);
        OpportunityDraft draft = check(c);
        List<Shift> planned = plan(draft, organisation, c.shifts());
        Opportunity opportunity = new Opportunity(organisation, draft, organiser.value(), clock.instant(), keywords(draft));
        opportunities.saveAndFlush(opportunity);
        Instant now = clock.instant();
        for (Shift shift : planned) {
            shifts.insert(withOpportunity(shift, opportunity.getId()), now);
        }
        return opportunity;
    }

    /** Adds shifts to an existing opportunity. */
    @Transactional
    public List<Shift> addShifts(MemberId organiser, UUID opportunityId, List<OpportunityCommand.ShiftSpec> specs) {
        Opportunity opportunity = opportunities.findById(opportunityId).orElseThrow(() -> new NotFoundException("opportunity"));
        requireOrganiser(organiser, opportunity.organisation());
        OpportunityDraft draft = draftOf(opportunity);
        List<Shift> planned = plan(draft, opportunity.organisation(), specs);
        List<Shift> added = new ArrayList<>();
        for (Shift shift : planned) {
            Shift s = withOpportunity(shift, opportunityId);
            shifts.insert(s, clock.instant());
            added.add(s);
        }
        return added;
    }

    @Transactional
    public void close(MemberId organiser, UUID opportunityId) {
        Opportunity opportunity = opportunities.findById(opportunityId).orElseThrow(() -> new NotFoundException("opportunity"));
        requireOrganiser(organiser, opportunity.organisation());
        opportunity.close();
        shifts.cancelAllOf(opportunityId);
    }

    OpportunityDraft check(OpportunityCommand c) {
        if (c.title() == null || c.title().isBlank()) {
            throw new UserInputException("volunteering.opportunity.title-required");
        }
        if (c.title().strip().length() > 150) {
            throw new UserInputException("volunteering.opportunity.title-too-long");
        }
        if (c.description() != null && c.description().length() > 4000) {
            throw new UserInputException("volunteering.opportunity.description-too-long");
        }
        if (c.activityType() == null) {
            throw new UserInputException("volunteering.opportunity.activity-required");
        }
        if (!c.remote() && c.city() == null) {
            throw new UserInputException("volunteering.opportunity.place-required");
        }
        if (c.area() != null && c.area().length() > 100) {
            throw new UserInputException("volunteering.profile.area-too-long");
        }
        if (c.minAge() != null && (c.minAge() < 0 || c.minAge() > 99)) {
            throw new UserInputException("volunteering.opportunity.min-age");
        }
        int deadline = c.cancelDeadlineHours() == null ? 24 : c.cancelDeadlineHours();
        if (deadline < 0 || deadline > 720) {
            throw new UserInputException("volunteering.opportunity.deadline");
        }
        if ((c.latitude() == null) != (c.longitude() == null)) {
            throw new UserInputException("volunteering.profile.coordinates");
        }
        Double latitude = c.remote() ? null : (c.latitude() == null ? c.city().latitude : c.latitude());
        Double longitude = c.remote() ? null : (c.longitude() == null ? c.city().longitude : c.longitude());
        if (latitude != null && (latitude < -90 || latitude > 90 || longitude < -180 || longitude > 180)) {
            throw new UserInputException("volunteering.profile.coordinates");
        }
        if (!c.remote() && c.latitude() != null && Geo.distanceKm(latitude, longitude, c.city().latitude, c.city().longitude) > 150) {
            throw new UserInputException("volunteering.profile.coordinates-far");
        }
        List<String> languages = c.languages() == null || c.languages().isEmpty() ? List.of("ar") : c.languages().stream().distinct().toList();
        if (languages.stream().anyMatch(l -> !Languages.known(l))) {
            throw new UserInputException("error.400");
        }
        ZoneId zone = c.zone() != null ? c.zone() : (c.city() != null ? c.city().zone : ZoneId.of("Asia/Riyadh"));
        return new OpportunityDraft(c.title().strip(), c.description() == null || c.description().isBlank() ? null : c.description().strip(),
                c.activityType(), Skills.parse(c.requiredSkills()), languages, c.remote(), c.remote() ? null : c.city(),
                c.area() == null || c.area().isBlank() ? null : c.area().strip(), latitude, longitude, c.minAge(),
                c.genderRestriction() == null ? GenderRestriction.NONE : c.genderRestriction(), deadline, zone);
    }

    List<Shift> plan(OpportunityDraft d, OrganisationId organisation, List<OpportunityCommand.ShiftSpec> specs) {
        if (specs == null || specs.isEmpty()) {
            throw new UserInputException("volunteering.shift.required");
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, d.zone());
        List<Shift> planned = new ArrayList<>();
        for (OpportunityCommand.ShiftSpec spec : specs) {
            if (spec.date() == null || spec.start() == null || spec.end() == null) {
                throw new UserInputException("volunteering.shift.incomplete");
            }
            if (spec.capacity() < 1) {
                throw new UserInputException("volunteering.shift.capacity");
            }
            if (spec.capacity() > 10000) {
                throw new UserInputException("volunteering.shift.capacity-too-large");
            }
            if (!spec.end().isAfter(spec.start())) {
                throw new UserInputException("volunteering.shift.end-before-start");
            }
            if (spec.weeks() < 1 || spec.weeks() > MAX_WEEKS) {
                throw new UserInputException("volunteering.shift.weeks", MAX_WEEKS);
            }
            for (int week = 0; week < spec.weeks(); week++) {
                LocalDate date = spec.date().plusWeeks(week);
                if (date.isAfter(today.plusYears(Availability.MAX_YEARS_AHEAD))) {
                    throw new UserInputException("volunteering.date.too-far", Availability.MAX_YEARS_AHEAD);
                }
                Instant start = LocalDateTime.of(date, spec.start()).atZone(d.zone()).toInstant();
                Instant end = LocalDateTime.of(date, spec.end()).atZone(d.zone()).toInstant();
                if (!start.isAfter(now)) {
                    throw new UserInputException("volunteering.shift.in-past");
                }
                planned.add(new Shift(UUID.randomUUID(), null, organisation.value(), d.activityType(),
                        List.of(Skills.folded(d.requiredSkills())), d.languages(), d.latitude(), d.longitude(), d.remote(),
                        d.minAge(), d.genderRestriction(), start, end, date, spec.capacity(), 0, "OPEN", newCode()));
            }
        }
        if (planned.size() > MAX_SHIFTS_PER_CREATE) {
            throw new UserInputException("volunteering.shift.too-many", MAX_SHIFTS_PER_CREATE);
        }
        return planned;
    }

    private static Shift withOpportunity(Shift s, UUID opportunityId) {
        return new Shift(s.id(), opportunityId, s.organisationId(), s.activityType(), s.requiredSkills(), s.languages(),
                s.latitude(), s.longitude(), s.remote(), s.minAge(), s.genderRestriction(), s.startsAt(), s.endsAt(),
                s.localDate(), s.capacity(), s.taken(), s.status(), s.checkinCode());
    }

    static OpportunityDraft draftOf(Opportunity o) {
        return new OpportunityDraft(o.getTitle(), o.getDescription(), o.getActivityType(), o.getRequiredSkills(), o.getLanguages(),
                o.isRemote(), o.getCity(), o.getArea(), o.getLatitude(), o.getLongitude(), o.getMinAge(), o.getGenderRestriction(),
                o.getCancelDeadlineHours(), o.getZone());
    }

    static String newCode() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Activity and city in both languages, so that "تعليم" and "tutoring" both find a tutoring opportunity. */
    private String keywords(OpportunityDraft d) {
        List<String> words = new ArrayList<>();
        for (Locale locale : List.of(ARABIC, Locale.ENGLISH)) {
            words.add(messages.getMessage(d.activityType().messageKey(), null, locale));
            if (d.city() != null) {
                words.add(messages.getMessage(d.city().messageKey(), null, locale));
            }
            if (d.remote()) {
                words.add(messages.getMessage("volunteering.remote", null, locale));
            }
        }
        return String.join(" ", words);
    }

    // --- queries ---

    @Transactional(readOnly = true)
    public Optional<Opportunity> find(UUID id) {
        return opportunities.findById(id);
    }

    @Transactional(readOnly = true)
    public List<Shift> shiftsOf(UUID opportunityId) {
        return shifts.ofOpportunity(opportunityId);
    }

    @Transactional(readOnly = true)
    public Optional<Shift> shift(UUID id) {
        return shifts.find(id);
    }

    @Transactional(readOnly = true)
    public List<Opportunity> ofOrganisation(OrganisationId organisation) {
        return opportunities.findByOrganisationIdOrderByCreatedAtDesc(organisation.value());
    }

    /** Public filters of the opportunities list. */
    public record Filter(String query, City city, ActivityType activityType, LocalDate date, Boolean remote, int page) {
    }

    /** An opportunity in a list: its next open shift and its free places. */
    public record Card(UUID id, String title, String description, ActivityType activityType, City city, String area, boolean remote,
                       UUID organisationId, String organisationName, String organisationSlug, Instant nextShiftAt,
                       ZoneId zone, int openShifts, int freePlaces) {
    }

    public static final int PAGE_SIZE = 20;

    /** Open opportunities with at least one upcoming open shift, soonest first. */
    @Transactional(readOnly = true)
    public List<Card> list(Filter f) {
        List<UUID> matching = null;
        if (f.query() != null && !f.query().isBlank()) {
            matching = Search.session(entityManager).search(Opportunity.class)
                    .select(fp -> fp.id(UUID.class))
                    .where(p -> p.bool().must(p.match().fields("searchTitle", "searchText").matching(f.query().strip()))
                            .filter(p.match().field("searchVisible").matching(true)))
                    .fetchHits(500);
            if (matching.isEmpty()) {
                return List.of();
            }
        }
        StringBuilder sql = new StringBuilder("""
                SELECT o.id, o.title, o.description, o.activity_type, o.city, o.area, o.remote, o.organisation_id, o.time_zone,
                       min(s.starts_at) AS next_at, count(s.id) AS open_shifts, sum(s.capacity - s.taken) AS free_places
                  FROM opportunity o JOIN shift s ON s.opportunity_id = o.id AND s.status = 'OPEN' AND s.starts_at > :now
                 WHERE o.status = 'OPEN'
                """);
        Map<String, Object> params = new HashMap<>();
        params.put("now", Timestamp.from(clock.instant()));
        if (matching != null) {
            sql.append(" AND o.id = ANY(:ids)");
            params.put("ids", matching.toArray(UUID[]::new));
        }
        if (f.city() != null) {
            sql.append(" AND o.city = :city");
            params.put("city", f.city().key());
        }
        if (f.activityType() != null) {
            sql.append(" AND o.activity_type = :type");
            params.put("type", f.activityType().code);
        }
        if (f.remote() != null) {
            sql.append(" AND o.remote = :remote");
            params.put("remote", f.remote());
        }
        if (f.date() != null) {
            sql.append(" AND s.local_date = :date");
            params.put("date", f.date());
        }
        sql.append(" GROUP BY o.id ORDER BY next_at, o.id LIMIT :limit OFFSET :offset");
        params.put("limit", PAGE_SIZE);
        params.put("offset", Math.max(0, f.page()) * PAGE_SIZE);
        List<Card> cards = jdbc.sql(sql.toString()).params(params).query((rs, n) -> new Card(rs.getObject("id", UUID.class),
                rs.getString("title"), rs.getString("description"), ActivityType.ofCode(rs.getInt("activity_type")),
                rs.getString("city") == null ? null : City.ofKey(rs.getString("city")).orElse(null), rs.getString("area"),
                rs.getBoolean("remote"), rs.getObject("organisation_id", UUID.class), null, null,
                rs.getTimestamp("next_at").toInstant(), ZoneId.of(rs.getString("time_zone")), rs.getInt("open_shifts"),
                rs.getInt("free_places"))).list();
        Map<UUID, Organisation> names = new HashMap<>();
        organisations.findAllById(cards.stream().map(Card::organisationId).distinct().toList()).forEach(o -> names.put(o.getId(), o));
        return cards.stream().map(c -> {
            Organisation o = names.get(c.organisationId());
            return new Card(c.id(), c.title(), c.description(), c.activityType(), c.city(), c.area(), c.remote(), c.organisationId(),
                    o == null ? "" : o.getName(), o == null ? "" : o.getSlug(), c.nextShiftAt(), c.zone(), c.openShifts(), c.freePlaces());
        }).toList();
    }

    @Transactional(readOnly = true)
    public Optional<Organisation> organisationOf(Opportunity o) {
        return organisations.findById(o.organisation().value());
    }
}
