package org.takatuf.engagement.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.takatuf.core.moderation.ModerationTargets;

/**
 * A comment can be reported and hidden; a hidden comment leaves its thread for everyone but its author, and its
 * feed activity goes (the feed listens to {@code ContentVisibilityChanged}). A deleted comment is nothing to report.
 */
@Component
class CommentModerationTargets implements ModerationTargets {

    private final JdbcClient jdbc;
    private final Targets targets;
    private final Clock clock;

    CommentModerationTargets(JdbcClient jdbc, Targets targets, Clock clock) {
        this.jdbc = jdbc;
        this.targets = targets;
        this.clock = clock;
    }

    @Override
    public Set<String> types() {
        return Set.of("comment");
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Described> describe(String type, UUID id) {
        record Row(String targetType, UUID targetId, String body, UUID author, Timestamp created, boolean hidden) {
        }
        return jdbc.sql("SELECT target_type, target_id, body, author_id, created_at, hidden_at IS NOT NULL FROM engagement_comment "
                        + "WHERE id = ? AND deleted_at IS NULL")
                .param(id)
                .query((rs, n) -> new Row(rs.getString(1), rs.getObject(2, UUID.class), rs.getString(3), rs.getObject(4, UUID.class),
                        rs.getTimestamp(5), rs.getBoolean(6)))
                .optional()
                .filter(r -> targets.visibleTo(r.targetType(), r.targetId(), null))
                .flatMap(r -> targets.page(r.targetType(), r.targetId()).map(page -> new Described(
                        r.body().length() > 120 ? r.body().substring(0, 120) + "…" : r.body(), page + "#comment-" + id, r.author(),
                        r.created().toInstant(), r.hidden())));
    }

    @Override
    @Transactional
    public void hide(String type, UUID id, String reason) {
        jdbc.sql("UPDATE engagement_comment SET hidden_at = ? WHERE id = ? AND hidden_at IS NULL")
                .params(Timestamp.from(clock.instant()), id).update();
    }

    @Override
    @Transactional
    public void restore(String type, UUID id) {
        jdbc.sql("UPDATE engagement_comment SET hidden_at = NULL WHERE id = ?").param(id).update();
    }
}
