package org.takatuf.community.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.takatuf.community.GroupJoinApproved;
import org.takatuf.community.GroupJoinRequested;
import org.takatuf.core.ConflictException;
import org.takatuf.core.NotFoundException;
import org.takatuf.core.UserInputException;
import org.takatuf.core.activity.ActivityPublished;
import org.takatuf.identity.CurrentMember;
import org.takatuf.identity.MemberId;

/**
 * Groups and their members. A public group is joined at once; a private or women-only group is joined
 * on request, and its admins or moderators decide (for a women-only group they are the ones who check
 * that the member is a woman: the platform does not ask for anyone's gender). Posts of a private group
 * are visible to its members only and never reach feeds.
 */
@Service
public class Groups {

    public static final int PAGE_SIZE = 24;

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Groups(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    public enum Visibility { PUBLIC, PRIVATE }

    public enum Role { ADMIN, MODERATOR, MEMBER }

    public record Form(String name, String description, String rules, String city, String visibility, boolean womenOnly) {
    }

    public record Group(UUID id, String slug, String name, String description, String rules, String city, Visibility visibility,
                        boolean womenOnly, int memberCount, Instant createdAt) {

        public boolean isOpen() {
            return visibility == Visibility.PUBLIC && !womenOnly;
        }

        public boolean isPublic() {
            return visibility == Visibility.PUBLIC;
        }
    }

    /** A member's place in a group: role and whether it is still a request. */
    public record Membership(Role role, boolean active) {

        public boolean canModerate() {
            return active && (role == Role.ADMIN || role == Role.MODERATOR);
        }

        public boolean isAdmin() {
            return active && role == Role.ADMIN;
        }
    }

    public record Person(UUID memberId, String displayName, Role role, boolean active, String note) {
    }

    public record Post(UUID id, UUID groupId, UUID authorId, String authorName, String body, Instant createdAt) {
    }

    @Transactional
    public Group create(CurrentMember creator, Form form, String slug) {
        String name = required(form.name(), 120, "community.group.name");
        String description = optional(form.description(), 4000, "community.group.description");
        String rules = optional(form.rules(), 4000, "community.group.rules");
        String city = optional(form.city(), 80, "community.group.city");
        Visibility visibility;
        try {
            visibility = Visibility.valueOf(form.visibility() == null ? "PUBLIC" : form.visibility().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UserInputException("community.group.visibility.unknown");
        }
        UUID id = UUID.randomUUID();
        String finalSlug = slug != null ? slug : slugOf(name) + "-" + id.toString().substring(0, 6);
        Instant now = clock.instant();
        jdbc.sql("""
                INSERT INTO community_group (id, slug, name, description, rules, city, visibility, women_only, created_by, created_at, member_count)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)""")
                .params(id, finalSlug, name, description, rules, city.isEmpty() ? null : city, visibility.name(), form.womenOnly(),
                        creator.uuid(), Timestamp.from(now)).update();
        jdbc.sql("INSERT INTO community_membership (group_id, member_id, role, status, requested_at, decided_at) VALUES (?, ?, 'ADMIN', 'ACTIVE', ?, ?)")
                .params(id, creator.uuid(), Timestamp.from(now), Timestamp.from(now)).update();
        Group group = find(finalSlug).orElseThrow();
        if (group.isPublic()) {
            events.publishEvent(new ActivityPublished(id, "community.group",
                    List.of(ActivityPublished.Source.member(creator.uuid())), creator.uuid(), name, description, "/groups/" + finalSlug, now));
        }
        return group;
    }

    public Optional<Group> find(String slug) {
        return jdbc.sql("SELECT * FROM community_group WHERE slug = ?").param(slug).query(Groups::group).optional();
    }

    public Optional<Group> byId(UUID id) {
        return jdbc.sql("SELECT * FROM community_group WHERE id = ?").param(id).query(Groups::group).optional();
    }

    /** The list: every group (a private one shows its name and description, not its posts), newest first. */
    public List<Group> list(String query, int page) {
        String q = query == null ? "" : query.strip();
        if (q.length() > 100) {
            q = q.substring(0, 100);
        }
        return jdbc.sql("""
                        SELECT * FROM community_group WHERE ? = '' OR name ILIKE '%' || ? || '%' OR description ILIKE '%' || ? || '%'
                        ORDER BY member_count DESC, created_at DESC LIMIT ? OFFSET ?""")
                .params(q, escape(q), escape(q), PAGE_SIZE, Math.max(0, Math.min(page, 1000)) * PAGE_SIZE)
                .query(Groups::group).list();
    }

    public List<Group> mine(MemberId member) {
        return jdbc.sql("""
                        SELECT g.* FROM community_group g JOIN community_membership m ON m.group_id = g.id
                        WHERE m.member_id = ? AND m.status = 'ACTIVE' ORDER BY g.name""")
                .param(member.value()).query(Groups::group).list();
    }

    public Optional<Membership> membership(MemberId member, UUID group) {
        if (member == null) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT role, status FROM community_membership WHERE group_id = ? AND member_id = ?")
                .params(group, member.value())
                .query((rs, n) -> new Membership(Role.valueOf(rs.getString(1)), rs.getString(2).equals("ACTIVE"))).optional();
    }

    public boolean isActiveMember(MemberId member, UUID group) {
        return membership(member, group).filter(Membership::active).isPresent();
    }

    /** Joins an open group at once, or asks to join. Returns true when the member is in. Asking twice changes nothing. */
    @Transactional
    public boolean join(CurrentMember member, String slug, String note) {
        Group group = find(slug).orElseThrow(() -> new NotFoundException("group"));
        Optional<Membership> existing = membership(member.id(), group.id());
        if (existing.isPresent()) {
            return existing.get().active();
        }
        String cleanNote = optional(note, 500, "community.group.note");
        Instant now = clock.instant();
        boolean open = group.isOpen();
        int inserted = jdbc.sql("""
                        INSERT INTO community_membership (group_id, member_id, role, status, note, requested_at, decided_at)
                        VALUES (?, ?, 'MEMBER', ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(group.id(), member.uuid(), open ? "ACTIVE" : "PENDING", cleanNote.isEmpty() ? null : cleanNote,
                        Timestamp.from(now), open ? Timestamp.from(now) : null).update();
        if (inserted == 0) {
            return isActiveMember(member.id(), group.id());
        }
        if (open) {
            jdbc.sql("UPDATE community_group SET member_count = member_count + 1 WHERE id = ?").param(group.id()).update();
        } else {
            List<MemberId> deciders = jdbc.sql("""
                            SELECT member_id FROM community_membership WHERE group_id = ? AND status = 'ACTIVE' AND role IN ('ADMIN', 'MODERATOR')""")
                    .param(group.id()).query(UUID.class).list().stream().map(MemberId::new).toList();
            events.publishEvent(new GroupJoinRequested(group.id(), group.slug(), group.name(), member.id(), member.displayName(), deciders));
        }
        return open;
    }

    @Transactional
    public void leave(CurrentMember member, String slug) {
        Group group = find(slug).orElseThrow(() -> new NotFoundException("group"));
        Membership membership = membership(member.id(), group.id()).orElseThrow(() -> new NotFoundException("membership"));
        if (membership.isAdmin() && admins(group.id()) == 1) {
            throw new ConflictException("community.group.last-admin");
        }
        jdbc.sql("DELETE FROM community_membership WHERE group_id = ? AND member_id = ?").params(group.id(), member.uuid()).update();
        if (membership.active()) {
            jdbc.sql("UPDATE community_group SET member_count = member_count - 1 WHERE id = ?").param(group.id()).update();
        }
    }

    /** An admin or moderator lets a member in ({@code approve}) or declines the request. */
    @Transactional
    public void decide(CurrentMember decider, String slug, UUID requester, boolean approve) {
        Group group = find(slug).orElseThrow(() -> new NotFoundException("group"));
        requireModerator(decider, group);
        int changed = approve
                ? jdbc.sql("UPDATE community_membership SET status = 'ACTIVE', decided_at = ? WHERE group_id = ? AND member_id = ? AND status = 'PENDING'")
                        .params(Timestamp.from(clock.instant()), group.id(), requester).update()
                : jdbc.sql("DELETE FROM community_membership WHERE group_id = ? AND member_id = ? AND status = 'PENDING'")
                        .params(group.id(), requester).update();
        if (changed == 0) {
            throw new NotFoundException("request");
        }
        if (approve) {
            jdbc.sql("UPDATE community_group SET member_count = member_count + 1 WHERE id = ?").param(group.id()).update();
            events.publishEvent(new GroupJoinApproved(group.id(), group.slug(), group.name(), new MemberId(requester)));
        }
    }

    /** Only admins give or take the admin and moderator roles; the last admin stays an admin. */
    @Transactional
    public void changeRole(CurrentMember admin, String slug, UUID member, String role) {
        Group group = find(slug).orElseThrow(() -> new NotFoundException("group"));
        if (!membership(admin.id(), group.id()).map(Membership::isAdmin).orElse(false)) {
            throw new AccessDeniedException("group admins only");
        }
        Role newRole;
        try {
            newRole = Role.valueOf(role == null ? "" : role.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UserInputException("community.group.role.unknown");
        }
        Membership current = membership(new MemberId(member), group.id()).filter(Membership::active)
                .orElseThrow(() -> new NotFoundException("membership"));
        if (current.isAdmin() && newRole != Role.ADMIN && admins(group.id()) == 1) {
            throw new ConflictException("community.group.last-admin");
        }
        jdbc.sql("UPDATE community_membership SET role = ? WHERE group_id = ? AND member_id = ?").params(newRole.name(), group.id(), member).update();
    }

    public List<Person> people(UUID group, boolean pending) {
        return jdbc.sql("""
                        SELECT m.member_id, p.display_name, m.role, m.status = 'ACTIVE', m.note FROM community_membership m
                        JOIN member p ON p.id = m.member_id WHERE m.group_id = ? AND (m.status = 'PENDING') = ?
                        ORDER BY CASE m.role WHEN 'ADMIN' THEN 0 WHEN 'MODERATOR' THEN 1 ELSE 2 END, m.requested_at LIMIT 200""")
                .params(group, pending)
                .query((rs, n) -> new Person(rs.getObject(1, UUID.class), rs.getString(2), Role.valueOf(rs.getString(3)), rs.getBoolean(4),
                        rs.getString(5))).list();
    }

    /** A member of the group posts; a public group's post goes to the feeds of the group's and the author's followers. */
    @Transactional
    public UUID post(CurrentMember author, String slug, String body) {
        Group group = find(slug).orElseThrow(() -> new NotFoundException("group"));
        if (!isActiveMember(author.id(), group.id())) {
            throw new AccessDeniedException("members only");
        }
        String text = required(body, 4000, "community.post.body");
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        jdbc.sql("INSERT INTO community_post (id, group_id, author_id, body, created_at) VALUES (?, ?, ?, ?, ?)")
                .params(id, group.id(), author.uuid(), text, Timestamp.from(now)).update();
        if (group.isPublic()) {
            events.publishEvent(new ActivityPublished(id, "community.post",
                    List.of(ActivityPublished.Source.of("group", group.id()), ActivityPublished.Source.member(author.uuid())),
                    author.uuid(), group.name(), text, "/groups/posts/" + id, now));
        }
        return id;
    }

    /** The author, or a moderator of the group, removes a post. */
    @Transactional
    public String removePost(CurrentMember member, UUID postId) {
        Post post = post(postId).orElseThrow(() -> new NotFoundException("post"));
        Group group = byId(post.groupId()).orElseThrow();
        boolean moderator = membership(member.id(), group.id()).map(Membership::canModerate).orElse(false);
        if (!post.authorId().equals(member.uuid()) && !moderator) {
            throw new NotFoundException("post");
        }
        jdbc.sql("UPDATE community_post SET removed_at = ? WHERE id = ?").params(Timestamp.from(clock.instant()), postId).update();
        events.publishEvent(new org.takatuf.core.activity.ContentVisibilityChanged("post", postId, false));
        return group.slug();
    }

    public Optional<Post> post(UUID id) {
        return jdbc.sql("""
                        SELECT p.id, p.group_id, p.author_id, m.display_name, p.body, p.created_at FROM community_post p
                        JOIN member m ON m.id = p.author_id WHERE p.id = ? AND p.removed_at IS NULL""")
                .param(id).query(Groups::post).optional();
    }

    /** Posts of a group, for whoever may see them: anyone for a public group, active members for a private one. */
    public List<Post> posts(Group group, MemberId viewer, int limit) {
        if (!canSeePosts(group, viewer)) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT p.id, p.group_id, p.author_id, m.display_name, p.body, p.created_at FROM community_post p
                        JOIN member m ON m.id = p.author_id WHERE p.group_id = ? AND p.removed_at IS NULL
                        ORDER BY p.created_at DESC LIMIT ?""")
                .params(group.id(), limit).query(Groups::post).list();
    }

    public boolean canSeePosts(Group group, MemberId viewer) {
        return group.isPublic() || isActiveMember(viewer, group.id());
    }

    void requireModerator(CurrentMember member, Group group) {
        if (!membership(member.id(), group.id()).map(Membership::canModerate).orElse(false)) {
            throw new AccessDeniedException("group moderators only");
        }
    }

    private int admins(UUID group) {
        return jdbc.sql("SELECT count(*) FROM community_membership WHERE group_id = ? AND role = 'ADMIN' AND status = 'ACTIVE'")
                .param(group).query(Integer.class).single();
    }

    static String required(String value, int max, String key) {
        String text = value == null ? "" : value.strip().replace("\u0000", "");
        if (text.isEmpty()) {
            throw new UserInputException(key + ".required");
        }
        if (text.codePointCount(0, text.length()) > max) {
            throw new UserInputException(key + ".too-long", max);
        }
        return text;
    }

    static String optional(String value, int max, String key) {
        String text = value == null ? "" : value.strip().replace("\u0000", "");
        if (text.codePointCount(0, text.length()) > max) {
            throw new UserInputException(key + ".too-long", max);
        }
        return text;
    }

    /** The Latin words of the name (URLs stay plain ASCII, so redirects and shared links never need encoding), or "group". */
    static String slugOf(String name) {
        String slug = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFKD).toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > 40) {
            slug = slug.substring(0, 40).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "group" : slug;
    }

    private static String escape(String q) {
        return q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static Group group(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Group(rs.getObject("id", UUID.class), rs.getString("slug"), rs.getString("name"), rs.getString("description"),
                rs.getString("rules"), rs.getString("city"), Visibility.valueOf(rs.getString("visibility")), rs.getBoolean("women_only"),
                rs.getInt("member_count"), rs.getTimestamp("created_at").toInstant());
    }

    private static Post post(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Post(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class), rs.getString(4),
                rs.getString(5), rs.getTimestamp(6).toInstant());
    }
}
