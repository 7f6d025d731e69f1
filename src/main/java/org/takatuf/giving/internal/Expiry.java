package org.takatuf.giving.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Unconfirmed pledges expire, never silently: the donor is reminded {@code remind-before} ahead of the
 * deadline; a pledge that was never reminded gets its reminder first and its deadline moved so that
 * the reminder has its full time. Only a reminded pledge expires, and the donor is told.
 */
@Component
public class Expiry {

    private static final Logger log = LoggerFactory.getLogger(Expiry.class);

    private final JdbcClient jdbc;
    private final GivingMails mails;
    private final GivingSettings settings;
    private final TransactionTemplate transactions;
    private final Clock clock;

    Expiry(JdbcClient jdbc, GivingMails mails, GivingSettings settings, TransactionTemplate transactions, Clock clock) {
        this.jdbc = jdbc;
        this.mails = mails;
        this.settings = settings;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${takatuf.giving.expiry.every:PT10M}", initialDelayString = "${takatuf.giving.expiry.initial-delay:PT1M}")
    public void run() {
        int reminded = remind();
        int expired = expire();
        if (reminded + expired > 0) {
            log.info("Pledges: {} reminded, {} expired", reminded, expired);
        }
    }

    private record Due(UUID id, String reference, String email, String name, String locale, String title, Instant expiresAt) {
    }

    /**
     * The pledges due, in the order of their deadline, through {@code pledge_waiting}: the condition bounds
     * {@code expires_at} itself, so that the scan stops at the first pledge not due. Written as {@code expires_at -
     * interval <= now} it was not a bound: with nothing due, the reminder's run read every waiting pledge and its row,
     * millions after a viral campaign (docs/performance.md, "Run 22").
     */
    private List<Due> due(String condition, Instant bound) {
        return jdbc.sql("""
                        SELECT p.id, p.reference, m.email, m.display_name, m.preferred_locale, c.title, p.expires_at
                        FROM pledge p JOIN member m ON m.id = p.member_id JOIN campaign c ON c.id = p.campaign_id
                        WHERE p.status = 'PLEDGED' AND p.expires_at IS NOT NULL AND %s ORDER BY p.expires_at LIMIT 500
                        FOR UPDATE OF p SKIP LOCKED""".formatted(condition))
                .param(Timestamp.from(bound))
                .query((rs, n) -> new Due(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant()))
                .list();
    }

    /** Reminds donors whose pledge is due within {@code remind-before}; returns how many. */
    public int remind() {
        Integer count = transactions.execute(tx -> {
            Instant now = clock.instant();
            // due: the deadline within remind-before; a donor reminded late still gets that long
            Instant soon = now.plus(settings.remindBefore());
            List<Due> due = due("p.reminded_at IS NULL AND p.expires_at <= ?", soon);
            for (Due d : due) {
                Instant deadline = d.expiresAt().isBefore(soon) ? soon : d.expiresAt();
                jdbc.sql("UPDATE pledge SET reminded_at = ?, expires_at = ? WHERE id = ?")
                        .params(Timestamp.from(now), Timestamp.from(deadline), d.id()).update();
                mails.send(d.email(), d.name(), locale(d.locale()), "giving.mail.reminder.subject", "giving.mail.reminder.text",
                        new Object[] {d.title(), d.reference()}, "/pledges/" + d.id());
            }
            return due.size();
        });
        return count == null ? 0 : count;
    }

    /** Expires reminded pledges whose deadline passed and tells their donors; returns how many. */
    public int expire() {
        Integer count = transactions.execute(tx -> {
            Instant now = clock.instant();
            List<Due> due = due("p.reminded_at IS NOT NULL AND p.expires_at <= ?", now);
            for (Due d : due) {
                Map<String, Object> row = jdbc.sql("UPDATE pledge SET status = 'EXPIRED', expired_at = ? WHERE id = ? RETURNING campaign_id, amount_minor")
                        .params(Timestamp.from(now), d.id()).query().singleRow();
                if (row.get("amount_minor") != null) {
                    jdbc.sql("UPDATE campaign_tally SET pledged_minor = pledged_minor - ? WHERE campaign_id = ?")
                            .params(row.get("amount_minor"), row.get("campaign_id")).update();
                }
                mails.send(d.email(), d.name(), locale(d.locale()), "giving.mail.expired.subject", "giving.mail.expired.text",
                        new Object[] {d.title(), d.reference()}, "/pledges/" + d.id());
            }
            return due.size();
        });
        return count == null ? 0 : count;
    }

    private static Locale locale(String tag) {
        return Locale.forLanguageTag(tag == null || tag.isBlank() ? "ar" : tag);
    }
}
