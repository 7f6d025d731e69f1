package org.takatuf.engagement.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.takatuf.core.activity.ActivityPublished;
import org.takatuf.core.text.Hashtags;
import org.takatuf.identity.MemberId;

/**
 * The activity log and what reads it. Each public thing is filed once under each of its sources (its
 * author, its group or target, each hashtag of its text); a member's feed is the newest entries filed
 * under what they follow, read with one index probe per followed source (a LATERAL join) and merged,
 * so its cost grows with the number of follows, not with the size of the log. Paging is by cursor
 * ({@code before}: time and item id of the last entry shown: the rows of one item share both), never by offset.
 */
@Service
public class Feed {

    public static final int PAGE_SIZE = 20;

    private final JdbcClient jdbc;

    Feed(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One entry of a feed or a hashtag page. */
    public record Entry(long id, UUID itemId, String kind, UUID actorId, String actorName, String title, String excerpt,
                       String link, Instant createdAt) {

        public String cursor() {
            return (createdAt.getEpochSecond() * 1_000_000L + createdAt.getNano() / 1000) + "_" + itemId;
        }
    }

    /** A page and whether there is more. */
    public record Page(List<Entry> entries, String next) {
    }

    @ApplicationModuleListener
    void on(ActivityPublished activity) {
        record(activity);
    }

    /** Files an activity under its sources and its hashtags (idempotent: an event delivered twice adds nothing). */
    public void record(ActivityPublished activity) {
        Set<ActivityPublished.Source> sources = new HashSet<>(activity.sources());
        String text = (activity.title() == null ? "" : activity.title() + " ") + (activity.text() == null ? "" : activity.text());
        for (Hashtags.Tag tag : Hashtags.hashtags(text).stream().limit(20).toList()) {
            sources.add(new ActivityPublished.Source("tag", tag.key()));
        }
        String title = cut(activity.title(), 200);
        String excerpt = cut(activity.text(), 400);
        for (ActivityPublished.Source source : sources) {
            jdbc.sql("""
                    INSERT INTO engagement_activity (item_id, source_type, source_key, kind, actor_id, title, excerpt, link, created_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (item_id, source_type, source_key) DO NOTHING""")
                    .params(activity.id(), source.type(), source.key(), activity.kind(), activity.actor(), title, excerpt,
                            cut(activity.link(), 300), Timestamp.from(activity.at())).update();
        }
    }

    /** A member's feed: the newest activity of everything they follow, one entry per thing. */
    public Page of(MemberId member, String before) {
        Cursor cursor = Cursor.parse(before);
        // first the newest (time, item) pairs of each followed source from the index alone (index-only scans),
        // merged and cut to a few pages' worth; only then the rows themselves and the authors' names
        List<Entry> rows = jdbc.sql("""
                        WITH newest AS (
                            SELECT x.id, x.created_at, x.item_id FROM engagement_follow f
                            CROSS JOIN LATERAL (
                                SELECT id, created_at, item_id, actor_id FROM engagement_activity x
                                WHERE x.source_type = f.source_type AND x.source_key = f.source_key
                                  AND (x.created_at, x.item_id) < (?, ?)
                                ORDER BY x.created_at DESC, x.item_id DESC LIMIT ?) x
                            WHERE f.member_id = ? AND (x.actor_id IS NULL OR x.actor_id <> f.member_id)
                            ORDER BY x.created_at DESC, x.item_id DESC LIMIT ?)
                        SELECT a.id, a.item_id, a.kind, a.actor_id, m.display_name, a.title, a.excerpt, a.link, a.created_at
                        FROM newest n JOIN engagement_activity a ON a.id = n.id LEFT JOIN member m ON m.id = a.actor_id
                        ORDER BY a.created_at DESC, a.item_id DESC""")
                .params(Timestamp.from(cursor.at()), cursor.item(), PAGE_SIZE + 1, member.value(), (PAGE_SIZE + 1) * 3)
                .query(Feed::entry).list();
        return page(rows);
    }

    /** A hashtag's page: everything public that carries the tag, newest first. */
    public Page tagged(String key, String before) {
        Cursor cursor = Cursor.parse(before);
        List<Entry> rows = jdbc.sql("""
                        SELECT a.id, a.item_id, a.kind, a.actor_id, m.display_name, a.title, a.excerpt, a.link, a.created_at
                        FROM engagement_activity a LEFT JOIN member m ON m.id = a.actor_id
                        WHERE a.source_type = 'tag' AND a.source_key = ? AND (a.created_at, a.item_id) < (?, ?)
                        ORDER BY a.created_at DESC, a.item_id DESC LIMIT ?""")
                .params(key, Timestamp.from(cursor.at()), cursor.item(), PAGE_SIZE + 1)
                .query(Feed::entry).list();
        return page(rows);
    }

    /** How many public things carry a tag. */
    public long taggedCount(String key) {
        return jdbc.sql("SELECT count(*) FROM engagement_activity WHERE source_type = 'tag' AND source_key = ?")
                .param(key).query(Long.class).single();
    }

    /** The most used tags of the last {@code days} days. */
    public List<String> trendingTags(int days, int limit) {
        return jdbc.sql("""
                        SELECT source_key FROM engagement_activity WHERE source_type = 'tag' AND created_at > now() - make_interval(days => ?)
                        GROUP BY source_key ORDER BY count(*) DESC, source_key LIMIT ?""")
                .params(days, limit).query(String.class).list();
    }

    private static Page page(List<Entry> rows) {
        List<Entry> distinct = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        for (Entry e : rows) {
            if (seen.add(e.itemId())) {
                distinct.add(e);
            }
        }
        boolean more = distinct.size() > PAGE_SIZE;
        List<Entry> shown = more ? distinct.subList(0, PAGE_SIZE) : distinct;
        return new Page(List.copyOf(shown), more ? shown.getLast().cursor() : null);
    }

    private static Entry entry(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Entry(rs.getLong(1), rs.getObject(2, UUID.class), rs.getString(3), rs.getObject(4, UUID.class), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getTimestamp(9).toInstant());
    }

    private static String cut(String text, int max) {
        if (text == null) {
            return "";
        }
        if (text.length() <= max) {
            return text;
        }
        int end = max - 1;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }

    private record Cursor(Instant at, UUID item) {

        static Cursor parse(String text) {
            if (text != null && text.matches("\\d{1,17}_[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")) {
                String[] parts = text.split("_");
                long micros = Long.parseLong(parts[0]);
                return new Cursor(Instant.ofEpochSecond(micros / 1_000_000L, (micros % 1_000_000L) * 1000), UUID.fromString(parts[1]));
            }
            return new Cursor(Instant.parse("9999-01-01T00:00:00Z"), new UUID(-1L, -1L));
        }
    }
}
