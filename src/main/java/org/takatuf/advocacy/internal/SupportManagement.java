package org.takatuf.advocacy.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.takatuf.advocacy.CompanyId;
import org.takatuf.advocacy.ComplaintMilestoneReached;
import org.takatuf.advocacy.ComplaintSupported;
import org.takatuf.core.ConflictException;
import org.takatuf.core.UserInputException;
import org.takatuf.identity.MemberId;

/**
 * Supporters of a complaint. One support per member (the primary key; a second click changes nothing),
 * "me too" with an experience or simple support. The count is spread over {@code count-slots} rows per
 * complaint, each support adding one to a random row in the same statement that inserts it, so that a
 * viral complaint does not serialise its supporters on one row lock. Milestones are checked after the
 * support commits, against the committed total, and recorded with an insert that only one transaction
 * wins: each milestone is published exactly once, even when two supporters cross it together.
 */
@Service
public class SupportManagement {

    private final JdbcClient jdbc;
    private final ComplaintManagement complaints;
    private final ApplicationEventPublisher events;
    private final AdvocacySettings settings;
    private final TransactionTemplate transactions;
    private final Clock clock;

    SupportManagement(JdbcClient jdbc, ComplaintManagement complaints, ApplicationEventPublisher events, AdvocacySettings settings,
                      TransactionTemplate transactions, Clock clock) {
        this.jdbc = jdbc;
        this.complaints = complaints;
        this.events = events;
        this.settings = settings;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Counts of a complaint. */
    public record Counts(long supporters, long meToo) {
    }

    /**
     * Adds the member's support; with {@code meToo} and an experience, as a co-complainant. A member who
     * simply supported may later say "me too". Returns true when something changed.
     */
    public boolean support(MemberId member, UUID complaintId, boolean meToo, String experience) {
        Complaint c = complaints.visible(complaintId, member);
        if (!c.isPublic()) {
            throw new ConflictException("advocacy.support.not-public");
        }
        if (c.status().isClosed()) {
            throw new ConflictException("advocacy.complaint.closed");
        }
        if (c.isAuthor(member)) {
            throw new ConflictException("advocacy.support.own");
        }
        String text = ComplaintManagement.strip(experience);
        if (meToo && (text == null || text.length() < 10)) {
            throw new UserInputException("advocacy.support.experience-required");
        }
        if (text != null && text.length() > 2000) {
            throw new UserInputException("advocacy.support.experience-too-long");
        }
        PersonalData.refuseIn(text);
        String stored = meToo ? text : null;
        Boolean changed = transactions.execute(tx -> {
            checkPileOn(member);
            int slot = ThreadLocalRandom.current().nextInt(settings.countSlots());
            Timestamp now = Timestamp.from(clock.instant());
            // insert the support and count it in one statement: a repeated click inserts nothing and counts nothing
            int added = jdbc.sql("WITH added AS (INSERT INTO advocacy_support (complaint_id, member_id, me_too, experience, created_at) "
                            + "VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING RETURNING me_too) "
                            + "INSERT INTO advocacy_support_count AS t (complaint_id, slot, supporters, me_too) "
                            + "SELECT ?, ?, 1, CASE WHEN me_too THEN 1 ELSE 0 END FROM added "
                            + "ON CONFLICT (complaint_id, slot) DO UPDATE SET supporters = t.supporters + 1, me_too = t.me_too + excluded.me_too")
                    .params(complaintId, member.value(), meToo, stored, now, complaintId, slot).update();
            if (added > 0) {
                events.publishEvent(new ComplaintSupported(c.complaintId(), new CompanyId(c.companyId()), member, meToo));
                return true;
            }
            if (!meToo) {
                return false;
            }
            // an earlier simple support becomes "me too"
            int upgraded = jdbc.sql("UPDATE advocacy_support SET me_too = true, experience = ? WHERE complaint_id = ? AND member_id = ? "
                    + "AND NOT me_too").params(stored, complaintId, member.value()).update();
            if (upgraded > 0) {
                jdbc.sql("INSERT INTO advocacy_support_count AS t (complaint_id, slot, supporters, me_too) VALUES (?, ?, 0, 1) "
                        + "ON CONFLICT (complaint_id, slot) DO UPDATE SET me_too = t.me_too + 1").params(complaintId, slot).update();
                events.publishEvent(new ComplaintSupported(c.complaintId(), new CompanyId(c.companyId()), member, true));
                return true;
            }
            return false;
        });
        if (Boolean.TRUE.equals(changed)) {
            transactions.executeWithoutResult(tx -> recordMilestones(c));
        }
        return Boolean.TRUE.equals(changed);
    }

    /** Runs after the support committed: the last of several concurrent supporters sees them all. */
    private void recordMilestones(Complaint c) {
        long total = counts(c.id()).supporters();
        for (int threshold : settings.milestones()) {
            if (threshold > total) {
                break;
            }
            int won = jdbc.sql("INSERT INTO advocacy_milestone (complaint_id, threshold, reached_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
                    .params(c.id(), threshold, Timestamp.from(clock.instant())).update();
            if (won > 0) {
                events.publishEvent(new ComplaintMilestoneReached(c.complaintId(), new CompanyId(c.companyId()), threshold));
            }
        }
    }

    /** Accounts younger than {@code new-account-age} give at most {@code new-account-supports-per-day} supports a day. */
    private void checkPileOn(MemberId member) {
        if (!complaints.isNewAccount(member)) {
            return;
        }
        Instant now = clock.instant();
        List<Instant> recent = jdbc.sql("SELECT created_at FROM advocacy_support WHERE member_id = ? AND created_at > ? ORDER BY created_at")
                .params(member.value(), Timestamp.from(now.minus(Duration.ofDays(1)))).query((rs, n) -> rs.getTimestamp(1).toInstant()).list();
        if (recent.size() >= settings.newAccountSupportsPerDay()) {
            throw new RateLimitedException("advocacy.limit.supports", Duration.between(now, recent.getFirst().plus(Duration.ofDays(1))));
        }
    }

    public Counts counts(UUID complaintId) {
        return jdbc.sql("SELECT coalesce(sum(supporters), 0), coalesce(sum(me_too), 0) FROM advocacy_support_count WHERE complaint_id = ?")
                .param(complaintId).query((rs, n) -> new Counts(rs.getLong(1), rs.getLong(2))).single();
    }

    public List<Integer> milestonesReached(UUID complaintId) {
        return jdbc.sql("SELECT threshold FROM advocacy_milestone WHERE complaint_id = ? ORDER BY threshold")
                .param(complaintId).query(Integer.class).list();
    }

    /** The next milestone above the count, or null past the last. */
    public Integer nextMilestone(long supporters) {
        return settings.milestones().stream().filter(m -> m > supporters).findFirst().orElse(null);
    }

    public boolean isSupporting(MemberId member, UUID complaintId) {
        return member != null && jdbc.sql("SELECT count(*) FROM advocacy_support WHERE complaint_id = ? AND member_id = ?")
                .params(complaintId, member.value()).query(Long.class).single() > 0;
    }

    public boolean isMeToo(MemberId member, UUID complaintId) {
        return complaints.isMeToo(complaintId, member);
    }

    /** A "me too" experience as shown on the complaint. */
    public record Experience(UUID memberId, String displayName, String text, Instant at) {
    }

    public List<Experience> experiences(UUID complaintId, int limit) {
        return jdbc.sql("SELECT s.member_id, m.display_name, s.experience, s.created_at FROM advocacy_support s "
                        + "JOIN member m ON m.id = s.member_id WHERE s.complaint_id = ? AND s.me_too AND s.hidden_at IS NULL "
                        + "ORDER BY s.created_at DESC LIMIT ?")
                .params(complaintId, limit)
                .query((rs, n) -> new Experience(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant()))
                .list();
    }
}
