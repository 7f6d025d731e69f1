package org.takatuf.advocacy.internal;

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
 * A sent complaint can be reported; the moderation queue hides it with the same columns as the moderators'
 * own button on the complaint page (a draft is not public, so it cannot be reported).
 */
@Component
class AdvocacyModerationTargets implements ModerationTargets {

    private final ComplaintManagement complaints;
    private final JdbcClient jdbc;
    private final Clock clock;

    AdvocacyModerationTargets(ComplaintManagement complaints, JdbcClient jdbc, Clock clock) {
        this.complaints = complaints;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Set<String> types() {
        return Set.of("complaint");
    }

    @Override
    public Optional<Described> describe(String type, UUID id) {
        return complaints.find(id).filter(c -> !"OPEN".equals(c.status().name()))
                .map(c -> new Described(c.title(), "/complaints/" + c.id(), c.authorId(), c.createdAt(), c.isHidden()));
    }

    @Override
    @Transactional
    public void hide(String type, UUID id, String reason) {
        String why = reason.length() > 500 ? reason.substring(0, 500) : reason;
        jdbc.sql("UPDATE advocacy_complaint SET hidden_at = ?, hidden_reason = ? WHERE id = ?")
                .params(Timestamp.from(clock.instant()), why, id).update();
    }

    @Override
    @Transactional
    public void restore(String type, UUID id) {
        jdbc.sql("UPDATE advocacy_complaint SET hidden_at = NULL, hidden_reason = NULL WHERE id = ?").param(id).update();
    }
}
