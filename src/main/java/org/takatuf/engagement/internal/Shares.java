package org.takatuf.engagement.internal;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Shares counted by referral: every share link carries {@code ?ref=<channel>}; a visit through such a
 * link adds one to the (target, channel) counter. Nothing about the visitor is kept.
 */
@Service
public class Shares {

    public static final Set<String> CHANNELS = Set.of("whatsapp", "x", "facebook", "telegram", "copy");

    private final JdbcClient jdbc;

    Shares(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Counts a visit that came through a share link; an unknown channel counts nothing. */
    public void visited(String targetType, UUID targetId, String channel) {
        if (channel == null || !CHANNELS.contains(channel) || targetType == null || targetId == null) {
            return;
        }
        jdbc.sql("""
                INSERT INTO engagement_share (target_type, target_id, channel, visits) VALUES (?, ?, ?, 1)
                ON CONFLICT (target_type, target_id, channel) DO UPDATE SET visits = engagement_share.visits + 1""")
                .params(targetType, targetId, channel).update();
    }

    public Map<String, Long> counts(String targetType, UUID targetId) {
        return jdbc.sql("SELECT channel, visits FROM engagement_share WHERE target_type = ? AND target_id = ?")
                .params(targetType, targetId)
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    public long total(String targetType, UUID targetId) {
        return counts(targetType, targetId).values().stream().mapToLong(Long::longValue).sum();
    }
}
