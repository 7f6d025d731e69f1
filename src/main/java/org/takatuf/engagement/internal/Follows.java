package org.takatuf.engagement.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.takatuf.core.UserInputException;
import org.takatuf.identity.MemberId;

/**
 * What a member follows: members, organisations, groups, campaigns, cases' public summaries,
 * businesses and hashtags. A follow is a (type, key) pair; the feed reads activity filed under them.
 */
@Service
public class Follows {

    public static final Set<String> TYPES = Set.of("member", "organisation", "group", "campaign", "case", "business", "tag", "event");
    public static final int MAX_FOLLOWS = 2000;

    private final JdbcClient jdbc;
    private final Clock clock;

    Follows(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public record Follow(String type, String key, String label) {
    }

    @Transactional
    public void follow(MemberId member, String type, String key, String label) {
        if (!TYPES.contains(type) || key == null || key.isBlank() || key.length() > 200) {
            throw new UserInputException("engagement.follow.unknown");
        }
        if (type.equals("member") && key.equals(member.value().toString())) {
            throw new UserInputException("engagement.follow.yourself");
        }
        Integer count = jdbc.sql("SELECT count(*) FROM engagement_follow WHERE member_id = ?").param(member.value()).query(Integer.class).single();
        if (count >= MAX_FOLLOWS) {
            throw new UserInputException("engagement.follow.too-many", MAX_FOLLOWS);
        }
        String shortLabel = label == null ? "" : label.strip();
        jdbc.sql("""
                INSERT INTO engagement_follow (member_id, source_type, source_key, label, created_at) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT DO NOTHING""")
                .params(member.value(), type, key, shortLabel.substring(0, Math.min(200, shortLabel.length())),
                        Timestamp.from(clock.instant())).update();
    }

    @Transactional
    public void unfollow(MemberId member, String type, String key) {
        jdbc.sql("DELETE FROM engagement_follow WHERE member_id = ? AND source_type = ? AND source_key = ?")
                .params(member.value(), type, key).update();
    }

    public boolean follows(MemberId member, String type, String key) {
        return member != null && jdbc.sql("SELECT count(*) FROM engagement_follow WHERE member_id = ? AND source_type = ? AND source_key = ?")
                .params(member.value(), type, key).query(Integer.class).single() > 0;
    }

    public long followers(String type, String key) {
        return jdbc.sql("SELECT count(*) FROM engagement_follow WHERE source_type = ? AND source_key = ?")
                .params(type, key).query(Long.class).single();
    }

    public List<Follow> of(MemberId member) {
        return jdbc.sql("SELECT source_type, source_key, label FROM engagement_follow WHERE member_id = ? ORDER BY created_at DESC LIMIT 200")
                .param(member.value()).query((rs, n) -> new Follow(rs.getString(1), rs.getString(2), rs.getString(3))).list();
    }
}
