package org.takatuf.moderation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.takatuf.core.ConflictException;
import org.takatuf.core.NotFoundException;
import org.takatuf.core.UserInputException;
import org.takatuf.core.activity.ContentVisibilityChanged;
import org.takatuf.core.moderation.ModerationTargets;
import org.takatuf.identity.CurrentMember;
import org.takatuf.identity.Role;
import org.takatuf.moderation.ModerationDecided;

/**
 * Reports, the moderators' queue, decisions and appeals. A reported thing is one queue item (one row per
 * type and id) that collects the reports; a decision closes the open reports, hides or restores the thing
 * through its module's {@link ModerationTargets}, tells its author and writes the audit log.
 */
@Service
public class ModerationManagement {

    public static final int NOTE_MAX = 1000;
    public static final int APPEAL_MAX = 2000;
    public static final int BULK_MAX = 100;

    /** Item states as stored. */
    public enum State { OPEN, HIDDEN, RESTORED, DISMISSED }

    /** A decision a moderator takes. */
    public enum Action {
        HIDE, RESTORE, DISMISS;

        static Action parse(String value) {
            return Arrays.stream(values()).filter(a -> a.name().equalsIgnoreCase(value == null ? "" : value.strip())).findFirst()
                    .orElseThrow(() -> new UserInputException("moderation.error.action"));
        }
    }

    /** A row of the queue: the thing, its reports counted by reason, who handles it. */
    public record QueueRow(UUID id, String type, UUID target, State state, boolean held, @Nullable String holdReason,
                           Instant openedAt, long reports, Map<String, Long> reasons, List<String> notes,
                           @Nullable String claimedBy, boolean appeal, @Nullable String appealText,
                           ModerationTargets.@Nullable Described thing) {
    }

    /** What an author sees of a hidden thing of theirs when appealing. */
    public record AppealView(UUID id, String type, UUID target, ModerationTargets.Described thing, @Nullable String note, boolean appealed) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Map<String, ModerationTargets> targets = new HashMap<>();
    private final ReportThrottle limiter;
    private final AuditLog audit;
    private final ModerationMails mails;
    private final ApplicationEventPublisher events;

    ModerationManagement(JdbcClient jdbc, Clock clock, List<ModerationTargets> owners, ReportThrottle limiter, AuditLog audit,
                         ModerationMails mails, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.clock = clock;
        owners.forEach(o -> o.types().forEach(t -> targets.put(t, o)));
        this.limiter = limiter;
        this.audit = audit;
        this.mails = mails;
        this.events = events;
    }

    /** The types members may report. */
    public List<String> types() {
        return targets.keySet().stream().sorted().toList();
    }

    /** May this member moderate? Moderators and administrators. */
    public static boolean isModerator(CurrentMember member) {
        return member != null && (member.hasRole(Role.MODERATOR) || member.hasRole(Role.ADMIN));
    }

    /** The thing a member is about to report, when the public can see it. */
    @Transactional(readOnly = true)
    public ModerationTargets.Described reportable(String type, UUID id) {
        ModerationTargets owner = owner(type);
        return owner.describe(type, id).filter(d -> !d.hidden()).orElseThrow(() -> new NotFoundException("moderation.target"));
    }

    /** A member reports a public thing: one open report per member and thing; limited per member. */
    @Transactional
    public void report(CurrentMember reporter, String type, UUID id, String reasonValue, @Nullable String noteValue) {
        limiter.count(reporter.uuid());
        ReportReason reason = ReportReason.parse(reasonValue).orElseThrow(() -> new UserInputException("moderation.error.reason"));
        String note = noteValue == null ? "" : noteValue.strip();
        if (note.length() > NOTE_MAX) {
            throw new UserInputException("moderation.error.note-long", NOTE_MAX);
        }
        if (reason == ReportReason.OTHER && note.isEmpty()) {
            throw new UserInputException("moderation.error.note-needed");
        }
        ModerationTargets.Described thing = reportable(type, id);
        if (reporter.uuid().equals(thing.author())) {
            throw new UserInputException("moderation.error.own");
        }
        UUID item = itemFor(type, id, thing.author(), false, null);
        boolean already = jdbc.sql("SELECT count(*) FROM moderation_report WHERE item_id = ? AND reporter_id = ? AND open")
                .params(item, reporter.uuid()).query(Long.class).single() > 0;
        if (already) {
            throw new ConflictException("moderation.error.duplicate");
        }
        jdbc.sql("INSERT INTO moderation_report (id, item_id, reporter_id, reason, note, created_at) VALUES (?, ?, ?, ?, ?, ?) "
                        + "ON CONFLICT DO NOTHING")
                .params(UUID.randomUUID(), item, reporter.uuid(), reason.name(), note.isEmpty() ? null : note, Timestamp.from(clock.instant()))
                .update();
    }

    /**
     * The queue item of a thing, opened again when it had been decided (a new report after a dismissal or
     * a restore is a new question). A hidden item stays hidden.
     */
    UUID itemFor(String type, UUID id, @Nullable UUID author, boolean held, @Nullable String holdReason) {
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("INSERT INTO moderation_item (id, target_type, target_id, state, held, hold_reason, author_id, opened_at) "
                        + "VALUES (?, ?, ?, 'OPEN', ?, ?, ?, ?) ON CONFLICT (target_type, target_id) DO UPDATE SET "
                        + "state = CASE WHEN moderation_item.state IN ('RESTORED', 'DISMISSED') THEN 'OPEN' ELSE moderation_item.state END, "
                        + "held = moderation_item.held OR EXCLUDED.held, "
                        + "hold_reason = COALESCE(EXCLUDED.hold_reason, moderation_item.hold_reason), "
                        + "opened_at = CASE WHEN moderation_item.state IN ('RESTORED', 'DISMISSED') THEN EXCLUDED.opened_at "
                        + "ELSE moderation_item.opened_at END, "
                        + "claimed_by = CASE WHEN moderation_item.state IN ('RESTORED', 'DISMISSED') THEN NULL ELSE moderation_item.claimed_by END")
                .params(UUID.randomUUID(), type, id, held, holdReason, author, now).update();
        return jdbc.sql("SELECT id FROM moderation_item WHERE target_type = ? AND target_id = ?").params(type, id)
                .query(UUID.class).single();
    }

    /**
     * The queue: {@code state} {@code open} (reported or held, not decided, and appeals), {@code hidden},
     * {@code restored}, {@code dismissed}; {@code type} one reportable type or empty; {@code sort}
     * {@code most} (most-reported first) or {@code oldest}.
     */
    @Transactional(readOnly = true)
    public List<QueueRow> queue(CurrentMember moderator, @Nullable String state, @Nullable String type, @Nullable String sort) {
        requireModerator(moderator);
        String s = state == null || state.isBlank() ? "open" : state.strip().toLowerCase(java.util.Locale.ROOT);
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder("""
                SELECT i.*, m.display_name AS claimer,
                       (SELECT count(*) FROM moderation_report r WHERE r.item_id = i.id AND r.open) AS reports
                  FROM moderation_item i LEFT JOIN member m ON m.id = i.claimed_by WHERE """);
        switch (s) {
            case "open" -> sql.append(" (i.state = 'OPEN' OR i.appeal_open)");
            case "hidden", "restored", "dismissed" -> {
                sql.append(" i.state = ?");
                params.add(s.toUpperCase(java.util.Locale.ROOT));
            }
            default -> throw new UserInputException("moderation.error.state");
        }
        if (type != null && !type.isBlank()) {
            if (!targets.containsKey(type.strip())) {
                throw new UserInputException("moderation.error.type");
            }
            sql.append(" AND i.target_type = ?");
            params.add(type.strip());
        }
        if (sort == null || sort.isBlank() || "most".equals(sort)) {
            sql.append(" ORDER BY i.appeal_open DESC, reports DESC, i.opened_at, i.id");
        } else if ("oldest".equals(sort)) {
            sql.append(" ORDER BY i.opened_at, i.id");
        } else {
            throw new UserInputException("moderation.error.sort");
        }
        sql.append(" LIMIT 200");
        List<QueueRow> rows = jdbc.sql(sql.toString()).params(params).query((rs, n) -> row(rs)).list();
        return rows.stream().map(r -> new QueueRow(r.id(), r.type(), r.target(), r.state(), r.held(), r.holdReason(), r.openedAt(),
                r.reports(), reasons(r.id()), notes(r.id()), r.claimedBy(), r.appeal(), r.appealText(),
                describe(r.type(), r.target()))).toList();
    }

    private QueueRow row(ResultSet rs) throws SQLException {
        return new QueueRow(rs.getObject("id", UUID.class), rs.getString("target_type"), rs.getObject("target_id", UUID.class),
                State.valueOf(rs.getString("state")), rs.getBoolean("held"), rs.getString("hold_reason"),
                rs.getTimestamp("opened_at").toInstant(), rs.getLong("reports"), Map.of(), List.of(), rs.getString("claimer"),
                rs.getBoolean("appeal_open"), rs.getString("appeal_text"), null);
    }

    private Map<String, Long> reasons(UUID item) {
        Map<String, Long> counts = new java.util.LinkedHashMap<>();
        jdbc.sql("SELECT reason, count(*) AS n FROM moderation_report WHERE item_id = ? AND open GROUP BY reason ORDER BY n DESC, reason")
                .param(item).query((rs, n) -> counts.put(rs.getString("reason"), rs.getLong("n"))).list();
        return counts;
    }

    private List<String> notes(UUID item) {
        return jdbc.sql("SELECT note FROM moderation_report WHERE item_id = ? AND open AND note IS NOT NULL ORDER BY created_at LIMIT 5")
                .param(item).query(String.class).list();
    }

    private ModerationTargets.@Nullable Described describe(String type, UUID id) {
        ModerationTargets owner = targets.get(type);
        return owner == null ? null : owner.describe(type, id).orElse(null);
    }

    /** "I'm handling this": the moderator's name is shown on the row to the others. */
    @Transactional
    public void claim(CurrentMember moderator, UUID item) {
        requireModerator(moderator);
        int changed = jdbc.sql("UPDATE moderation_item SET claimed_by = ?, claimed_at = ? WHERE id = ?")
                .params(moderator.uuid(), Timestamp.from(clock.instant()), item).update();
        if (changed == 0) {
            throw new NotFoundException("moderation.item");
        }
    }

    /** One decision, with the reason that is sent to the author. */
    @Transactional
    public void decide(CurrentMember moderator, UUID item, String actionValue, @Nullable String noteValue) {
        requireModerator(moderator);
        Action action = Action.parse(actionValue);
        String note = note(noteValue);
        apply(moderator, item, action, note);
    }

    /** The same decision on several items (all or nothing). */
    @Transactional
    public int decideAll(CurrentMember moderator, @Nullable List<UUID> items, String actionValue, @Nullable String noteValue) {
        requireModerator(moderator);
        Action action = Action.parse(actionValue);
        String note = note(noteValue);
        if (items == null || items.isEmpty()) {
            throw new UserInputException("moderation.error.none-selected");
        }
        if (items.size() > BULK_MAX) {
            throw new UserInputException("moderation.error.too-many-selected", BULK_MAX);
        }
        items.stream().distinct().forEach(i -> apply(moderator, i, action, note));
        return (int) items.stream().distinct().count();
    }

    private static String note(@Nullable String value) {
        String note = value == null ? "" : value.strip();
        if (note.isEmpty()) {
            throw new UserInputException("moderation.error.decision-note");
        }
        if (note.length() > NOTE_MAX) {
            throw new UserInputException("moderation.error.note-long", NOTE_MAX);
        }
        return note;
    }

    private void apply(CurrentMember moderator, UUID itemId, Action action, String note) {
        Item item = jdbc.sql("SELECT id, target_type, target_id, state, author_id, appeal_open, held FROM moderation_item WHERE id = ? FOR UPDATE")
                .param(itemId).query((rs, n) -> new Item(rs.getObject("id", UUID.class), rs.getString("target_type"),
                        rs.getObject("target_id", UUID.class), State.valueOf(rs.getString("state")), rs.getObject("author_id", UUID.class),
                        rs.getBoolean("appeal_open"), rs.getBoolean("held")))
                .optional().orElseThrow(() -> new NotFoundException("moderation.item"));
        ModerationTargets owner = owner(item.type());
        Instant now = clock.instant();
        State next;
        String appealPath = null;
        boolean tellAuthor = true;
        switch (action) {
            case HIDE -> {
                if (item.state() == State.HIDDEN && !item.appealOpen()) {
                    throw new ConflictException("moderation.error.already-hidden");
                }
                if (item.state() != State.HIDDEN || item.held()) {
                    owner.hide(item.type(), item.target(), note);
                    events.publishEvent(new ContentVisibilityChanged(item.type(), item.target(), false));
                }
                next = State.HIDDEN;
                appealPath = "/moderation/appeals/" + item.id();
            }
            case RESTORE -> {
                if (item.state() != State.HIDDEN) {
                    throw new ConflictException("moderation.error.not-hidden");
                }
                owner.restore(item.type(), item.target());
                events.publishEvent(new ContentVisibilityChanged(item.type(), item.target(), true));
                next = State.RESTORED;
            }
            default -> {
                if (item.state() == State.HIDDEN && item.appealOpen()) {
                    // refusing an appeal: the thing stays hidden and the author hears why
                    next = State.HIDDEN;
                } else if (item.state() != State.OPEN) {
                    throw new ConflictException("moderation.error.decided");
                } else {
                    if (item.held()) {
                        // a held thing that the moderator finds harmless is shown
                        owner.restore(item.type(), item.target());
                        events.publishEvent(new ContentVisibilityChanged(item.type(), item.target(), true));
                    } else {
                        tellAuthor = false;
                    }
                    next = State.DISMISSED;
                }
            }
        }
        jdbc.sql("UPDATE moderation_item SET state = ?, held = false, decided_by = ?, decided_at = ?, decision_note = ?, "
                        + "appeal_open = false WHERE id = ?")
                .params(next.name(), moderator.uuid(), Timestamp.from(now), note, item.id()).update();
        jdbc.sql("UPDATE moderation_report SET open = false WHERE item_id = ? AND open").param(item.id()).update();
        String verb = action.name().toLowerCase(java.util.Locale.ROOT);
        audit.record(moderator.uuid(), "moderation." + verb + (item.appealOpen() ? ".appeal" : ""), item.type(),
                item.target().toString(), note);
        if (tellAuthor && item.author() != null) {
            ModerationTargets.Described thing = owner.describe(item.type(), item.target()).orElse(null);
            events.publishEvent(new ModerationDecided(item.id(), item.type(), item.target(), item.author(), verb, note, appealPath,
                    thing == null ? "/" : thing.link()));
            mails.decided(item.author(), item.type(), verb, note, appealPath, item.appealOpen());
        }
    }

    private record Item(UUID id, String type, UUID target, State state, @Nullable UUID author, boolean appealOpen, boolean held) {
    }

    /** The author's view of a hidden thing of theirs: 404 for anybody else, and when it is not hidden. */
    @Transactional(readOnly = true)
    public AppealView appealable(CurrentMember author, UUID itemId) {
        return jdbc.sql("SELECT id, target_type, target_id, decision_note, appealed_at FROM moderation_item "
                        + "WHERE id = ? AND author_id = ? AND state = 'HIDDEN'")
                .params(itemId, author.uuid())
                .query((rs, n) -> {
                    String type = rs.getString("target_type");
                    UUID target = rs.getObject("target_id", UUID.class);
                    ModerationTargets.Described thing = describe(type, target);
                    return thing == null ? null : new AppealView(itemId, type, target, thing, rs.getString("decision_note"),
                            rs.getTimestamp("appealed_at") != null);
                })
                .optional().orElseThrow(() -> new NotFoundException("moderation.appeal"));
    }

    /** The author appeals a hide, once: the item returns to the queue flagged as an appeal. */
    @Transactional
    public void appeal(CurrentMember author, UUID itemId, @Nullable String textValue) {
        AppealView view = appealable(author, itemId);
        String text = textValue == null ? "" : textValue.strip();
        if (text.isEmpty()) {
            throw new UserInputException("moderation.error.appeal-empty");
        }
        if (text.length() > APPEAL_MAX) {
            throw new UserInputException("moderation.error.appeal-long", APPEAL_MAX);
        }
        if (view.appealed()) {
            throw new ConflictException("moderation.error.appealed");
        }
        jdbc.sql("UPDATE moderation_item SET appeal_text = ?, appealed_at = ?, appeal_open = true, claimed_by = NULL WHERE id = ?")
                .params(text, Timestamp.from(clock.instant()), itemId).update();
        audit.record(author.uuid(), "moderation.appeal", view.type(), view.target().toString(), "");
    }

    /**
     * An automatic hold: the thing is hidden by its module (already, or now) and queued for review. Called
     * in the module's transaction, before the thing is visible.
     */
    @Transactional
    public void hold(String type, UUID id, UUID author, String reason) {
        itemFor(type, id, author, true, reason);
        audit.record(null, "moderation.hold", type, id.toString(), reason);
    }

    private ModerationTargets owner(String type) {
        ModerationTargets owner = type == null ? null : targets.get(type);
        if (owner == null) {
            throw new NotFoundException("moderation.target");
        }
        return owner;
    }

    private static void requireModerator(CurrentMember member) {
        if (!isModerator(member)) {
            throw new AccessDeniedException("moderators only");
        }
    }

    /** For the bulk form: ids as text, bad ones refused with a message. */
    public static List<UUID> ids(@Nullable List<String> values) {
        if (values == null) {
            return List.of();
        }
        try {
            return values.stream().map(String::strip).map(UUID::fromString).toList();
        } catch (IllegalArgumentException e) {
            throw new UserInputException("moderation.error.none-selected");
        }
    }

    Optional<UUID> itemOf(String type, UUID id) {
        return jdbc.sql("SELECT id FROM moderation_item WHERE target_type = ? AND target_id = ?").params(type, id).query(UUID.class).optional();
    }
}
