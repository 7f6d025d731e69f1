package org.takatuf.trust.internal;

import java.time.Duration;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The raw figures behind an organisation's trust signals and checklist, read from the reporting views of
 * V91. Each is a count or a median of things that happened; none is stored or editable.
 */
@Component
class TrustFigures {

    private final JdbcClient jdbc;

    TrustFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The median time to a first answer, and how many answers it rests on (median null when none). */
    record Replies(Duration median, long answers) {
    }

    record Share(long done, long of) {
    }

    record Content(boolean goodStory, boolean hashtag) {
    }

    Replies replies(UUID organisation) {
        return jdbc.sql("""
                        SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM answered_at - asked_at)), count(*)
                        FROM trust_reply WHERE organisation_id = ?""")
                .param(organisation)
                .query((rs, n) -> {
                    double seconds = rs.getDouble(1);
                    boolean none = rs.wasNull();
                    return new Replies(none ? null : Duration.ofSeconds(Math.round(seconds)), rs.getLong(2));
                }).single();
    }

    /** Funded campaigns (money confirmed), and how many of them got an update after the money arrived. */
    Share reportedBack(UUID organisation) {
        return jdbc.sql("SELECT count(*) FILTER (WHERE updated_after), count(*) FROM trust_campaign_money WHERE organisation_id = ?")
                .param(organisation).query((rs, n) -> new Share(rs.getLong(1), rs.getLong(2))).single();
    }

    /** Cases the organisation took on, and how many it closed with an outcome written down. */
    Share casesClosedWithOutcome(UUID organisation) {
        return jdbc.sql("SELECT count(*) FILTER (WHERE closed_with_outcome), count(*) FROM trust_case WHERE organisation_id = ?")
                .param(organisation).query((rs, n) -> new Share(rs.getLong(1), rs.getLong(2))).single();
    }

    /** Whether one campaign has a story of at least {@code minLength} characters with a photo, and whether any used a hashtag. */
    Content content(UUID organisation, int minLength) {
        return jdbc.sql("""
                        SELECT coalesce(bool_or(story_length >= ? AND story_photos > 0), false), coalesce(bool_or(hashtag), false)
                        FROM trust_campaign_content WHERE organisation_id = ?""")
                .params(minLength, organisation).query((rs, n) -> new Content(rs.getBoolean(1), rs.getBoolean(2))).single();
    }

    long frames(UUID organisation) {
        return jdbc.sql("SELECT coalesce(sum(frames), 0) FROM trust_frame WHERE organisation_id = ?")
                .param(organisation).query(Long.class).single();
    }
}
