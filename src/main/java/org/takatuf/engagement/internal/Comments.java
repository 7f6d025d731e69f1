package org.takatuf.engagement.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.takatuf.core.NotFoundException;
import org.takatuf.core.UserInputException;
import org.takatuf.core.activity.ActivityPublished;
import org.takatuf.core.moderation.ContentScreening;
import org.takatuf.core.text.ArabicText;
import org.takatuf.core.text.Hashtags;
import org.takatuf.engagement.CommentPosted;
import org.takatuf.engagement.CommentReplied;
import org.takatuf.engagement.MemberMentioned;
import org.takatuf.identity.CurrentMember;
import org.takatuf.identity.Member;
import org.takatuf.identity.MemberId;
import org.takatuf.identity.Members;
import org.takatuf.identity.OrganisationId;
import org.takatuf.identity.OrganisationManagement;

/**
 * Comments and replies on a target the reader may see (see {@link Targets}). One level of replies (a reply to a reply joins the same
 * thread); the author may edit or delete their own comment, nobody else may. A comment posted on
 * behalf of an organisation that answers a member's comment is timed: the first such answer gives the
 * organisation's response time.
 */
@Service
public class Comments {

    public static final int MAX_LENGTH = 2000;
    private static final int MAX_MENTIONS = 10;

    private final JdbcClient jdbc;
    private final Members members;
    private final OrganisationManagement organisations;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Targets targets;
    private final ObjectProvider<ContentScreening> screening;

    Comments(JdbcClient jdbc, Members members, OrganisationManagement organisations, ApplicationEventPublisher events, Clock clock,
             Targets targets, ObjectProvider<ContentScreening> screening) {
        this.targets = targets;
        this.screening = screening;
        this.jdbc = jdbc;
        this.members = members;
        this.organisations = organisations;
        this.events = events;
        this.clock = clock;
    }

    /** What the comment form sends. {@code requestKey} makes a double submit create one comment. */
    public record Draft(String targetType, UUID targetId, UUID parentId, String body, String requestKey, UUID asOrganisation) {
    }

    /** A comment as a thread shows it. */
    public record View(UUID id, UUID parentId, UUID authorId, String authorName, UUID organisationId, String body,
                       Instant createdAt, boolean edited, boolean deleted, Map<String, Integer> reactions,
                       List<String> mine, List<View> replies) {
    }

    @Transactional
    public UUID post(CurrentMember author, Draft draft) {
        targets.requireVisible(draft.targetType(), draft.targetId(), author.uuid());
        String body = clean(draft.body());
        String key = draft.requestKey() == null || draft.requestKey().isBlank() ? null
                : draft.requestKey().strip().substring(0, Math.min(64, draft.requestKey().strip().length()));
        if (key != null) {
            Optional<UUID> earlier = jdbc.sql("SELECT id FROM engagement_comment WHERE request_key = ?").param(key).query(UUID.class).optional();
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        Parent parent = null;
        if (draft.parentId() != null) {
            parent = parent(draft.parentId()).filter(p -> p.targetType().equals(draft.targetType()) && p.targetId().equals(draft.targetId()))
                    .orElseThrow(() -> new UserInputException("engagement.comment.unknown-parent"));
        }
        UUID organisation = draft.asOrganisation();
        if (organisation != null && !organisations.isMember(author.id(), new OrganisationId(organisation))) {
            throw new AccessDeniedException("not a member of that organisation");
        }
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        // the thread root: a reply to a reply joins the root's thread
        UUID root = parent == null ? null : (parent.parentId() != null ? parent.parentId() : parent.id());
        // an automatic hold (moderation) keeps the comment hidden until a moderator looked at it
        ContentScreening screen = screening.getIfAvailable();
        boolean held = screen != null && screen.screen("comment", id, author.uuid(), body).isPresent();
        int inserted = jdbc.sql("""
                        INSERT INTO engagement_comment (id, target_type, target_id, parent_id, author_id, organisation_id, body, created_at,
                                                        request_key, hidden_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (request_key) DO NOTHING""")
                .params(id, draft.targetType(), draft.targetId(), root, author.uuid(), organisation, body, Timestamp.from(now), key,
                        held ? Timestamp.from(now) : null)
                .update();
        if (inserted == 0) {
            return jdbc.sql("SELECT id FROM engagement_comment WHERE request_key = ?").param(key).query(UUID.class).single();
        }
        if (held) {
            // nobody is told about a held comment, and it reaches no feed
            return id;
        }
        String link = targets.page(draft.targetType(), draft.targetId()).orElseThrow() + "#comment-" + id;
        if (parent != null && organisation != null && parent.organisationId() == null) {
            jdbc.sql("""
                    INSERT INTO engagement_response (comment_id, organisation_id, asked_at, answered_at) VALUES (?, ?, ?, ?)
                    ON CONFLICT (comment_id) DO NOTHING""")
                    .params(parent.id(), organisation, Timestamp.from(parent.createdAt()), Timestamp.from(now)).update();
        }
        events.publishEvent(new CommentPosted(id, draft.targetType(), draft.targetId(), root, author.id(), link));
        if (parent != null && !parent.authorId().equals(author.uuid())) {
            events.publishEvent(new CommentReplied(id, parent.id(), new MemberId(parent.authorId()), author.id(), author.displayName(), link));
        }
        for (Member mentioned : mentioned(body)) {
            // a member who may not see the target is not told about it
            if (!mentioned.getId().equals(author.uuid()) && targets.visibleTo(draft.targetType(), draft.targetId(), mentioned.getId())) {
                events.publishEvent(new MemberMentioned(id, mentioned.memberId(), author.id(), author.displayName(), link));
            }
        }
        List<ActivityPublished.Source> sources = new ArrayList<>();
        sources.add(ActivityPublished.Source.member(author.uuid()));
        sources.add(ActivityPublished.Source.of(draft.targetType(), draft.targetId()));
        if (organisation != null) {
            sources.add(ActivityPublished.Source.of("organisation", organisation));
        }
        if (targets.visibleTo(draft.targetType(), draft.targetId(), null)) {
            // only a comment on a public target reaches feeds and tag pages; a private group's stays in its thread
            events.publishEvent(new ActivityPublished(id, "engagement.comment", sources, author.uuid(), "", body, link, now));
        }
        return id;
    }

    @Transactional
    public void edit(CurrentMember member, UUID id, String body) {
        Parent comment = ownComment(member, id);
        jdbc.sql("UPDATE engagement_comment SET body = ?, edited_at = ? WHERE id = ?")
                .params(clean(body), Timestamp.from(clock.instant()), comment.id()).update();
    }

    @Transactional
    public void delete(CurrentMember member, UUID id) {
        Parent comment = ownComment(member, id);
        jdbc.sql("UPDATE engagement_comment SET deleted_at = ?, body = '' WHERE id = ?")
                .params(Timestamp.from(clock.instant()), comment.id()).update();
        jdbc.sql("DELETE FROM engagement_activity WHERE item_id = ?").param(comment.id()).update();
    }

    /** Adds the member's reaction of that kind, or takes it back if it was there. */
    @Transactional
    public void react(CurrentMember member, UUID id, String kind) {
        String k = kind == null ? "" : kind.toUpperCase(java.util.Locale.ROOT);
        if (!k.equals("SUPPORT") && !k.equals("THANKS")) {
            throw new UserInputException("engagement.reaction.unknown");
        }
        Parent comment = parent(id).filter(c -> !c.deleted()).orElseThrow(() -> new NotFoundException("comment"));
        targets.requireVisible(comment.targetType(), comment.targetId(), member.uuid());
        int removed = jdbc.sql("DELETE FROM engagement_reaction WHERE comment_id = ? AND member_id = ? AND kind = ?")
                .params(comment.id(), member.uuid(), k).update();
        if (removed == 0) {
            jdbc.sql("INSERT INTO engagement_reaction (comment_id, member_id, kind) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
                    .params(comment.id(), member.uuid(), k).update();
        }
    }

    /** The target of a comment (for redirects after a change), if the viewer may still see that target. */
    public Optional<Parent> find(UUID id, CurrentMember viewer) {
        return parent(id).filter(c -> targets.visibleTo(c.targetType(), c.targetId(), viewer == null ? null : viewer.uuid()));
    }

    /** The thread of a target: roots oldest first, each with its replies. */
    @Transactional(readOnly = true)
    public List<View> thread(String targetType, UUID targetId, CurrentMember viewer) {
        targets.requireVisible(targetType, targetId, viewer == null ? null : viewer.uuid());
        record Row(UUID id, UUID parentId, UUID authorId, String authorName, UUID organisationId, String body, Instant createdAt,
                   boolean edited, boolean deleted) {
        }
        List<Row> rows = jdbc.sql("""
                        SELECT c.id, c.parent_id, c.author_id, m.display_name, c.organisation_id, c.body, c.created_at,
                               c.edited_at IS NOT NULL, c.deleted_at IS NOT NULL
                        FROM engagement_comment c JOIN member m ON m.id = c.author_id
                        WHERE c.target_type = ? AND c.target_id = ? AND (c.hidden_at IS NULL OR c.author_id = ?)
                        ORDER BY c.created_at, c.id LIMIT 500""")
                .params(targetType, targetId, viewer == null ? new UUID(0, 0) : viewer.uuid())
                .query((rs, n) -> new Row(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
                        rs.getString(4), rs.getObject(5, UUID.class), rs.getString(6), rs.getTimestamp(7).toInstant(),
                        rs.getBoolean(8), rs.getBoolean(9))).list();
        Map<UUID, Map<String, Integer>> counts = new HashMap<>();
        Map<UUID, List<String>> mine = new HashMap<>();
        jdbc.sql("""
                        SELECT r.comment_id, r.kind, count(*), bool_or(r.member_id = ?) FROM engagement_reaction r
                        JOIN engagement_comment c ON c.id = r.comment_id WHERE c.target_type = ? AND c.target_id = ?
                        GROUP BY r.comment_id, r.kind""")
                .params(viewer == null ? new UUID(0, 0) : viewer.uuid(), targetType, targetId)
                .query(rs -> {
                    UUID c = rs.getObject(1, UUID.class);
                    counts.computeIfAbsent(c, x -> new LinkedHashMap<>()).put(rs.getString(2), rs.getInt(3));
                    if (rs.getBoolean(4)) {
                        mine.computeIfAbsent(c, x -> new ArrayList<>()).add(rs.getString(2));
                    }
                });
        Map<UUID, List<View>> replies = new HashMap<>();
        List<View> roots = new ArrayList<>();
        for (Row r : rows) {
            View view = new View(r.id(), r.parentId(), r.authorId(), r.authorName(), r.organisationId(), r.body(), r.createdAt(),
                    r.edited(), r.deleted(), counts.getOrDefault(r.id(), Map.of()), mine.getOrDefault(r.id(), List.of()),
                    replies.computeIfAbsent(r.id(), x -> new ArrayList<>()));
            if (r.parentId() == null) {
                roots.add(view);
            } else {
                replies.computeIfAbsent(r.parentId(), x -> new ArrayList<>()).add(view);
            }
        }
        // a deleted comment with no replies disappears; one with replies stays as "deleted"
        return roots.stream().filter(v -> !v.deleted() || !v.replies().isEmpty()).toList();
    }

    /** An organisation's median time to first answer a member's comment, with how many answers it is based on. */
    public Optional<ResponseTime> responseTime(UUID organisation) {
        return jdbc.sql("""
                        SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM answered_at - asked_at)), count(*)
                        FROM engagement_response WHERE organisation_id = ?""")
                .param(organisation)
                .query((rs, n) -> rs.getLong(2) == 0 ? null : new ResponseTime(java.time.Duration.ofSeconds((long) rs.getDouble(1)), rs.getLong(2)))
                .optional();
    }

    public record ResponseTime(java.time.Duration median, long answers) {
    }

    /** A stored comment, enough to check ownership and threads. */
    public record Parent(UUID id, UUID parentId, String targetType, UUID targetId, UUID authorId, UUID organisationId,
                         Instant createdAt, boolean deleted) {
    }

    private Optional<Parent> parent(UUID id) {
        return jdbc.sql("SELECT id, parent_id, target_type, target_id, author_id, organisation_id, created_at, deleted_at IS NOT NULL "
                        + "FROM engagement_comment WHERE id = ?")
                .param(id)
                .query((rs, n) -> new Parent(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                        rs.getObject(4, UUID.class), rs.getObject(5, UUID.class), rs.getObject(6, UUID.class),
                        rs.getTimestamp(7).toInstant(), rs.getBoolean(8)))
                .optional();
    }

    /** Someone else's comment is a 404, as if it did not exist: ids are not probed. */
    private Parent ownComment(CurrentMember member, UUID id) {
        Parent comment = parent(id).filter(c -> !c.deleted()).orElseThrow(() -> new NotFoundException("comment"));
        if (!comment.authorId().equals(member.uuid())) {
            throw new NotFoundException("comment");
        }
        targets.requireVisible(comment.targetType(), comment.targetId(), member.uuid());
        return comment;
    }

    static String clean(String body) {
        String text = body == null ? "" : body.strip();
        if (text.isEmpty()) {
            throw new UserInputException("engagement.comment.empty");
        }
        if (text.codePointCount(0, text.length()) > MAX_LENGTH) {
            throw new UserInputException("engagement.comment.too-long", MAX_LENGTH);
        }
        if (text.indexOf('\u0000') >= 0) {
            text = text.replace("\u0000", "");
        }
        return text;
    }

    /** Members named by {@code @handle}: the handle is the display name with {@code _} for spaces, folded. */
    private List<Member> mentioned(String body) {
        List<Member> found = new ArrayList<>();
        for (Hashtags.Tag mention : Hashtags.mentions(body).stream().limit(MAX_MENTIONS).toList()) {
            String words = mention.text().replace('_', ' ');
            members.search(words, org.springframework.data.domain.PageRequest.of(0, 20)).stream()
                    .filter(Member::isPubliclyVisible)
                    .filter(m -> handle(m.getDisplayName()).equals(mention.key()))
                    .findFirst().ifPresent(found::add);
        }
        return found;
    }

    /** The {@code @handle} of a display name: {@code نور السيد} is {@code @نور_السيد}. */
    public static String handle(String displayName) {
        return Hashtags.mentions("@" + displayName.strip().replaceAll("\\s+", "_")).stream().findFirst()
                .map(Hashtags.Tag::key).orElse(ArabicText.fold(displayName));
    }
}
