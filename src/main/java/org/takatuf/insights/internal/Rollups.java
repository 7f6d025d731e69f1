package org.takatuf.insights.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The daily rollups that the insights page reads: every {@code takatuf.insights.rollup-every} (5 minutes)
 * today's and yesterday's views are summed again from the raw events (replacing those days' rows), raw
 * events older than {@code takatuf.insights.retention} (30 days) are deleted, and salts of days before
 * yesterday too (after that a visitor's hash can no longer be recomputed from a cookie).
 */
@Component
public class Rollups {

    private static final Logger log = LoggerFactory.getLogger(Rollups.class);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Period retention;

    Rollups(JdbcClient jdbc, Clock clock, @Value("${takatuf.insights.retention:P30D}") Period retention) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.retention = retention;
    }

    @Scheduled(fixedDelayString = "${takatuf.insights.rollup-every:PT5M}", initialDelayString = "${takatuf.insights.rollup-every:PT5M}")
    void scheduled() {
        try {
            LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
            rollUp(today.minusDays(1), today);
            prune(today);
        } catch (RuntimeException e) {
            log.warn("insights: rollup", e);
        }
    }

    /** Recomputes the rollups of the days from {@code from} to {@code to} (inclusive) from the raw events. */
    @Transactional
    public void rollUp(LocalDate from, LocalDate to) {
        jdbc.sql("DELETE FROM insights_daily WHERE day BETWEEN ? AND ?").params(from, to).update();
        jdbc.sql("DELETE FROM insights_daily_audience WHERE day BETWEEN ? AND ?").params(from, to).update();
        jdbc.sql("""
                INSERT INTO insights_daily (day, target_type, target_id, channel, ambassador, views, visitors)
                SELECT day, target_type, target_id, channel, ambassador, count(*), count(DISTINCT visitor)
                  FROM insights_view_event WHERE day BETWEEN ? AND ?
                 GROUP BY day, target_type, target_id, channel, ambassador""").params(from, to).update();
        jdbc.sql("""
                INSERT INTO insights_daily_audience (day, target_type, target_id, dimension, value, visitors)
                SELECT day, target_type, target_id, 'all', '', count(DISTINCT visitor)
                  FROM insights_view_event WHERE day BETWEEN ? AND ? GROUP BY day, target_type, target_id
                UNION ALL
                SELECT day, target_type, target_id, 'kind', kind, count(*)
                  FROM (SELECT day, target_type, target_id, visitor, CASE WHEN bool_and(returned) THEN 'returning' ELSE 'new' END AS kind
                          FROM insights_view_event WHERE day BETWEEN ? AND ? GROUP BY day, target_type, target_id, visitor) v
                 GROUP BY day, target_type, target_id, kind
                UNION ALL
                SELECT day, target_type, target_id, 'city', city, count(DISTINCT visitor)
                  FROM insights_view_event WHERE day BETWEEN ? AND ? GROUP BY day, target_type, target_id, city""")
                .params(from, to, from, to, from, to).update();
    }

    /** Deletes raw events past the retention and salts of days before yesterday. */
    @Transactional
    public void prune(LocalDate today) {
        jdbc.sql("DELETE FROM insights_view_event WHERE day < ?").param(today.minus(retention)).update();
        jdbc.sql("DELETE FROM insights_salt WHERE day < ?").param(today.minusDays(1)).update();
    }
}
