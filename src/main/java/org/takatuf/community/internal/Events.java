package org.takatuf.community.internal;

import java.io.InputStream;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.takatuf.community.EventReminderDue;
import org.takatuf.community.RegistrationPromoted;
import org.takatuf.core.ConflictException;
import org.takatuf.core.NotFoundException;
import org.takatuf.core.UserInputException;
import org.takatuf.core.activity.ActivityPublished;
import org.takatuf.core.files.FileStorage;
import org.takatuf.core.files.Uploads;
import org.takatuf.identity.CurrentMember;
import org.takatuf.identity.MemberId;

/**
 * Events: in person (a place) or online (a link), a capacity, registration that fills places first and
 * then a waitlist (a cancelled place goes to the first on the waitlist), check-in by the organiser or
 * the group's moderators, a reminder a day before, weekly series ("every Friday's run": one event per
 * week, each with its own places), photos afterwards. Events of a private group are for its members.
 */
@Service
public class Events {

    public static final int MAX_WEEKS = 12;
    static final String PHOTOS = "event-photos";

    private final JdbcClient jdbc;
    private final Groups groups;
    private final FileStorage files;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Events(JdbcClient jdbc, Groups groups, FileStorage files, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.groups = groups;
        this.files = files;
        this.events = events;
        this.clock = clock;
    }

    /** What the event form sends; times are local to {@code zone}. {@code weeks} &gt; 1 makes a weekly series. */
    public record Form(String title, String description, String place, String onlineUrl, LocalDate date, LocalTime start,
                       int durationMinutes, int capacity, UUID groupId, int weeks, String zone) {
    }

    public record Event(UUID id, UUID seriesId, UUID groupId, UUID organiserId, String title, String description, String place,
                        String onlineUrl, Instant startsAt, Instant endsAt, ZoneId zone, int capacity, int confirmed, boolean cancelled) {

        public boolean isFull() {
            return confirmed >= capacity;
        }

        public int freePlaces() {
            return Math.max(0, capacity - confirmed);
        }

        public boolean isOnline() {
            return onlineUrl != null;
        }
    }

    public enum Status { CONFIRMED, WAITLISTED, CANCELLED }

    public record Registration(UUID id, UUID eventId, UUID memberId, String memberName, Status status, Instant createdAt,
                               Instant checkedInAt) {
    }

    public record Photo(UUID id, String fileName, String contentType) {
    }

    @Transactional
    public List<UUID> create(CurrentMember organiser, Form form) {
        String title = Groups.required(form.title(), 160, "community.event.title");
        String description = Groups.optional(form.description(), 4000, "community.event.description");
        String place = Groups.optional(form.place(), 200, "community.event.place");
        String online = Groups.optional(form.onlineUrl(), 500, "community.event.online");
        if (!online.isEmpty() && !online.matches("(?i)https://[^\\s<>\"]+")) {
            throw new UserInputException("community.event.online.https");
        }
        if (place.isEmpty() && online.isEmpty()) {
            throw new UserInputException("community.event.where");
        }
        if (form.date() == null || form.start() == null) {
            throw new UserInputException("community.event.when.missing");
        }
        if (form.durationMinutes() < 15 || form.durationMinutes() > 24 * 60) {
            throw new UserInputException("community.event.duration");
        }
        if (form.capacity() < 1 || form.capacity() > 100_000) {
            throw new UserInputException("community.event.capacity.range");
        }
        int weeks = Math.max(1, form.weeks());
        if (weeks > MAX_WEEKS) {
            throw new UserInputException("community.event.weeks", MAX_WEEKS);
        }
        ZoneId zone;
        try {
            zone = ZoneId.of(form.zone() == null || form.zone().isBlank() ? "Africa/Cairo" : form.zone());
        } catch (RuntimeException e) {
            throw new UserInputException("community.event.zone.unknown");
        }
        Instant first = form.date().atTime(form.start()).atZone(zone).toInstant();
        if (!first.isAfter(clock.instant())) {
            throw new UserInputException("community.event.past");
        }
        Groups.Group group = null;
        if (form.groupId() != null) {
            group = groups.byId(form.groupId()).orElseThrow(() -> new UserInputException("community.event.group.unknown"));
            groups.requireModerator(organiser, group);
        }
        UUID series = weeks > 1 ? UUID.randomUUID() : null;
        List<UUID> ids = new ArrayList<>();
        Instant now = clock.instant();
        for (int week = 0; week < weeks; week++) {
            // each week at the same local time, whatever daylight saving does in between
            Instant starts = form.date().plusWeeks(week).atTime(form.start()).atZone(zone).toInstant();
            Instant ends = starts.plus(Duration.ofMinutes(form.durationMinutes()));
            UUID id = UUID.randomUUID();
            jdbc.sql("""
                    INSERT INTO community_event (id, series_id, group_id, organiser_id, title, description, place, online_url, starts_at,
                                                 ends_at, zone, capacity, created_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(id, series, form.groupId(), organiser.uuid(), title, description, place.isEmpty() ? null : place,
                            online.isEmpty() ? null : online, Timestamp.from(starts), Timestamp.from(ends), zone.getId(), form.capacity(),
                            Timestamp.from(now))
                    .update();
            ids.add(id);
        }
        if (group == null || group.isPublic()) {
            List<ActivityPublished.Source> sources = new ArrayList<>(List.of(ActivityPublished.Source.member(organiser.uuid())));
            if (group != null) {
                sources.add(ActivityPublished.Source.of("group", group.id()));
            }
            events.publishEvent(new ActivityPublished(ids.getFirst(), "community.event", sources, organiser.uuid(), title, description,
                    "/events/" + ids.getFirst(), now));
        }
        return ids;
    }

    public Optional<Event> find(UUID id) {
        return jdbc.sql("SELECT * FROM community_event WHERE id = ?").param(id).query(Events::event).optional();
    }

    /** An event as a given viewer may see it: events of a private group only for its members. */
    public Optional<Event> visible(UUID id, MemberId viewer) {
        return find(id).filter(e -> mayView(e, viewer));
    }

    public boolean mayView(Event event, MemberId viewer) {
        if (event.groupId() == null) {
            return true;
        }
        Groups.Group group = groups.byId(event.groupId()).orElseThrow();
        return group.isPublic() || groups.isActiveMember(viewer, group.id());
    }

    /** Upcoming public events (not of private groups), soonest first. */
    public List<Event> upcoming(int page, int size) {
        return jdbc.sql("""
                        SELECT e.* FROM community_event e LEFT JOIN community_group g ON g.id = e.group_id
                        WHERE e.ends_at > ? AND e.cancelled_at IS NULL AND (g.id IS NULL OR g.visibility = 'PUBLIC')
                        ORDER BY e.starts_at, e.id LIMIT ? OFFSET ?""")
                .params(Timestamp.from(clock.instant()), size, Math.max(0, Math.min(page, 1000)) * size)
                .query(Events::event).list();
    }

    public List<Event> ofGroup(UUID group, int limit) {
        return jdbc.sql("SELECT * FROM community_event WHERE group_id = ? AND ends_at > ? AND cancelled_at IS NULL ORDER BY starts_at LIMIT ?")
                .params(group, Timestamp.from(clock.instant()), limit).query(Events::event).list();
    }

    public List<Event> nextInSeries(Event event, int limit) {
        if (event.seriesId() == null) {
            return List.of();
        }
        return jdbc.sql("SELECT * FROM community_event WHERE series_id = ? AND id <> ? AND starts_at > ? AND cancelled_at IS NULL ORDER BY starts_at LIMIT ?")
                .params(event.seriesId(), event.id(), Timestamp.from(clock.instant()), limit).query(Events::event).list();
    }

    /**
     * Registers a member: a place if one is free, else the waitlist. Registering again answers the
     * existing registration (a double submit creates one).
     */
    @Transactional
    public Registration register(CurrentMember member, UUID eventId) {
        Event event = visible(eventId, member.id()).orElseThrow(() -> new NotFoundException("event"));
        if (event.cancelled() || !event.endsAt().isAfter(clock.instant())) {
            throw new ConflictException("community.event.closed");
        }
        // lock the event row so that two registrations cannot take the last place together
        jdbc.sql("SELECT id FROM community_event WHERE id = ? FOR UPDATE").param(eventId).query(UUID.class).single();
        Optional<Registration> existing = registration(eventId, member.id());
        if (existing.isPresent() && existing.get().status() != Status.CANCELLED) {
            return existing.get();
        }
        boolean place = jdbc.sql("UPDATE community_event SET confirmed = confirmed + 1 WHERE id = ? AND confirmed < capacity")
                .param(eventId).update() == 1;
        Status status = place ? Status.CONFIRMED : Status.WAITLISTED;
        Instant now = clock.instant();
        jdbc.sql("""
                INSERT INTO community_registration (id, event_id, member_id, status, created_at) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (event_id, member_id) DO UPDATE SET status = excluded.status, created_at = excluded.created_at,
                    checked_in_at = NULL, reminded_at = NULL""")
                .params(UUID.randomUUID(), eventId, member.uuid(), status.name(), Timestamp.from(now)).update();
        return registration(eventId, member.id()).orElseThrow();
    }

    /** The member gives up their place or waitlist spot; a freed place goes to the first on the waitlist. */
    @Transactional
    public void cancel(CurrentMember member, UUID eventId) {
        jdbc.sql("SELECT id FROM community_event WHERE id = ? FOR UPDATE").param(eventId).query(UUID.class).optional()
                .orElseThrow(() -> new NotFoundException("event"));
        Registration registration = registration(eventId, member.id()).filter(r -> r.status() != Status.CANCELLED)
                .orElseThrow(() -> new NotFoundException("registration"));
        jdbc.sql("UPDATE community_registration SET status = 'CANCELLED' WHERE id = ?").param(registration.id()).update();
        if (registration.status() == Status.CONFIRMED) {
            Event event = find(eventId).orElseThrow();
            Optional<UUID> next = jdbc.sql("""
                            SELECT id FROM community_registration WHERE event_id = ? AND status = 'WAITLISTED'
                            ORDER BY created_at, id LIMIT 1""")
                    .param(eventId).query(UUID.class).optional();
            if (next.isPresent()) {
                UUID promoted = jdbc.sql("UPDATE community_registration SET status = 'CONFIRMED' WHERE id = ? RETURNING member_id")
                        .param(next.get()).query(UUID.class).single();
                events.publishEvent(new RegistrationPromoted(eventId, event.title(), new MemberId(promoted)));
            } else {
                jdbc.sql("UPDATE community_event SET confirmed = confirmed - 1 WHERE id = ?").param(eventId).update();
            }
        }
    }

    public Optional<Registration> registration(UUID eventId, MemberId member) {
        if (member == null) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        SELECT r.id, r.event_id, r.member_id, m.display_name, r.status, r.created_at, r.checked_in_at
                        FROM community_registration r JOIN member m ON m.id = r.member_id WHERE r.event_id = ? AND r.member_id = ?""")
                .params(eventId, member.value()).query(Events::registration).optional();
    }

    /** Who registered: for the organiser and the group's moderators only. */
    public List<Registration> attendees(CurrentMember viewer, UUID eventId) {
        Event event = find(eventId).orElseThrow(() -> new NotFoundException("event"));
        requireOrganiser(viewer, event);
        return jdbc.sql("""
                        SELECT r.id, r.event_id, r.member_id, m.display_name, r.status, r.created_at, r.checked_in_at
                        FROM community_registration r JOIN member m ON m.id = r.member_id
                        WHERE r.event_id = ? AND r.status <> 'CANCELLED' ORDER BY r.status, r.created_at""")
                .param(eventId).query(Events::registration).list();
    }

    public boolean isOrganiser(MemberId member, Event event) {
        if (member == null) {
            return false;
        }
        if (event.organiserId().equals(member.value())) {
            return true;
        }
        return event.groupId() != null && groups.membership(member, event.groupId()).map(Groups.Membership::canModerate).orElse(false);
    }

    /** Checks in a confirmed attendee (once; again changes nothing). */
    @Transactional
    public void checkIn(CurrentMember organiser, UUID eventId, UUID memberId) {
        Event event = find(eventId).orElseThrow(() -> new NotFoundException("event"));
        requireOrganiser(organiser, event);
        int changed = jdbc.sql("""
                        UPDATE community_registration SET checked_in_at = coalesce(checked_in_at, ?)
                        WHERE event_id = ? AND member_id = ? AND status = 'CONFIRMED'""")
                .params(Timestamp.from(clock.instant()), eventId, memberId).update();
        if (changed == 0) {
            throw new NotFoundException("registration");
        }
    }

    /** The organiser adds a photo once the event has started; it is re-encoded (no metadata) before it is stored. */
    @Transactional
    public UUID addPhoto(CurrentMember organiser, UUID eventId, byte[] image) {
        Event event = find(eventId).orElseThrow(() -> new NotFoundException("event"));
        requireOrganiser(organiser, event);
        if (event.startsAt().isAfter(clock.instant())) {
            throw new ConflictException("community.event.photos-after");
        }
        Uploads.Reencoded clean = Uploads.reencodeImage(image);
        String name = files.store(PHOTOS, clean.bytes(), clean.kind().extension);
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO community_event_photo (id, event_id, file_name, content_type, added_by, created_at) VALUES (?, ?, ?, ?, ?, ?)")
                .params(id, eventId, name, clean.kind().contentType, organiser.uuid(), Timestamp.from(clock.instant())).update();
        return id;
    }

    public List<Photo> photos(UUID eventId) {
        return jdbc.sql("SELECT id, file_name, content_type FROM community_event_photo WHERE event_id = ? ORDER BY created_at")
                .param(eventId).query((rs, n) -> new Photo(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3))).list();
    }

    public Optional<InputStream> photo(Photo photo) {
        return files.open(PHOTOS, photo.fileName());
    }

    /** Reminders a day ahead: each confirmed registration once, claimed with SKIP LOCKED so that two nodes never send twice. */
    @Scheduled(fixedDelayString = "${takatuf.community.reminder-interval:PT10M}")
    @Transactional
    public int sendReminders() {
        Instant now = clock.instant();
        record Due(UUID event, String title, Instant startsAt, String place, UUID member) {
        }
        List<Due> due = jdbc.sql("""
                        UPDATE community_registration r SET reminded_at = ? FROM community_event e
                        WHERE r.id IN (SELECT r2.id FROM community_registration r2 JOIN community_event e2 ON e2.id = r2.event_id
                                       WHERE r2.status = 'CONFIRMED' AND r2.reminded_at IS NULL AND e2.cancelled_at IS NULL
                                         AND e2.starts_at > ? AND e2.starts_at <= ? LIMIT 500 FOR UPDATE OF r2 SKIP LOCKED)
                          AND e.id = r.event_id
                        RETURNING e.id, e.title, e.starts_at, coalesce(e.place, e.online_url), r.member_id""")
                .params(Timestamp.from(now), Timestamp.from(now), Timestamp.from(now.plus(Duration.ofHours(24))))
                .query((rs, n) -> new Due(rs.getObject(1, UUID.class), rs.getString(2), rs.getTimestamp(3).toInstant(), rs.getString(4),
                        rs.getObject(5, UUID.class))).list();
        for (Due d : due) {
            events.publishEvent(new EventReminderDue(d.event(), d.title(), d.startsAt(), d.place(), new MemberId(d.member())));
        }
        return due.size();
    }

    private void requireOrganiser(CurrentMember member, Event event) {
        if (!isOrganiser(member.id(), event)) {
            throw new AccessDeniedException("organisers only");
        }
    }

    private static Event event(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Event(rs.getObject("id", UUID.class), rs.getObject("series_id", UUID.class), rs.getObject("group_id", UUID.class),
                rs.getObject("organiser_id", UUID.class), rs.getString("title"), rs.getString("description"), rs.getString("place"),
                rs.getString("online_url"), rs.getTimestamp("starts_at").toInstant(), rs.getTimestamp("ends_at").toInstant(),
                ZoneId.of(rs.getString("zone")),
                rs.getInt("capacity"), rs.getInt("confirmed"), rs.getTimestamp("cancelled_at") != null);
    }

    private static Registration registration(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        Timestamp checked = rs.getTimestamp(7);
        return new Registration(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class), rs.getString(4),
                Status.valueOf(rs.getString(5)), rs.getTimestamp(6).toInstant(), checked == null ? null : checked.toInstant());
    }
}
