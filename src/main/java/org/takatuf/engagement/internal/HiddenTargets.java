package org.takatuf.engagement.internal;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.takatuf.core.activity.ContentVisibilityChanged;

/**
 * Takes what was published about a hidden target out of feeds and tag pages, and brings it back when the
 * target is shown again: the activity whose item is the target itself, and the activity of the comments
 * (and replies) on it, move to {@code engagement_activity_hidden} and back. The feed's queries stay as they are.
 */
@Service
public class HiddenTargets {

    private final JdbcClient jdbc;

    HiddenTargets(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @ApplicationModuleListener
    void on(ContentVisibilityChanged change) {
        if (change.visible()) {
            show(change.type(), change.id());
        } else {
            hide(change.type(), change.id());
        }
    }

    /** True when the thing is hidden now (activity published about it is held back). */
    public boolean hidden(String type, UUID id) {
        return jdbc.sql("SELECT count(*) FROM engagement_hidden_target WHERE target_type = ? AND target_id = ?")
                .params(type, id).query(Integer.class).single() > 0;
    }

    public void hide(String type, UUID id) {
        jdbc.sql("INSERT INTO engagement_hidden_target (target_type, target_id) VALUES (?, ?) ON CONFLICT DO NOTHING")
                .params(type, id).update();
        jdbc.sql("""
                WITH items AS (
                    SELECT ?::uuid AS item_id
                    UNION SELECT c.id FROM engagement_comment c WHERE c.target_type = ? AND c.target_id = ?
                    UNION SELECT r.id FROM engagement_comment r JOIN engagement_comment c ON r.parent_id = c.id
                          WHERE (c.target_type = ? AND c.target_id = ?) OR (? = 'comment' AND c.id = ?)
                ), moved AS (
                    DELETE FROM engagement_activity a USING items i WHERE a.item_id = i.item_id RETURNING a.*)
                INSERT INTO engagement_activity_hidden (id, item_id, source_type, source_key, kind, actor_id, title, excerpt, link,
                                                        created_at, hidden_type, hidden_id)
                SELECT id, item_id, source_type, source_key, kind, actor_id, title, excerpt, link, created_at, ?, ? FROM moved
                ON CONFLICT (id) DO NOTHING""")
                .params(id, type, id, type, id, type, id, type, id).update();
    }

    public void show(String type, UUID id) {
        jdbc.sql("DELETE FROM engagement_hidden_target WHERE target_type = ? AND target_id = ?").params(type, id).update();
        jdbc.sql("""
                WITH moved AS (DELETE FROM engagement_activity_hidden WHERE hidden_type = ? AND hidden_id = ? RETURNING *)
                INSERT INTO engagement_activity (id, item_id, source_type, source_key, kind, actor_id, title, excerpt, link, created_at)
                SELECT id, item_id, source_type, source_key, kind, actor_id, title, excerpt, link, created_at FROM moved
                ON CONFLICT DO NOTHING""")
                .params(type, id).update();
    }
}
