package org.takatuf.insights.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the rollups and the reporting views of V90 (never the raw events): figures of an organisation
 * as a whole or of one of its targets, for a range of days. Audience groups under
 * {@value #MIN_GROUP} people are never returned with their count.
 */
@Component
public class InsightsQueries {

    public static final int MIN_GROUP = 5;

    private final JdbcClient jdbc;

    InsightsQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Target(String type, UUID id, String title) {
        public String key() {
            return type + ":" + id;
        }
    }

    /** The funnel of a scope over the days: totals of each step. */
    public record Funnel(long views, long visitors, long shares, long comments, long follows, long frames, long pledges,
                         long signups, long supporters) {
    }

    public record Day(LocalDate day, long views, long visitors) {
    }

    public record Count(String name, long value) {
    }

    /** An audience group: its visitors, or null when fewer than {@value #MIN_GROUP} (suppressed). */
    public record Group(String name, @Nullable Long visitors) {
        public boolean suppressed() {
            return visitors == null;
        }
    }

    public record TargetRow(Target target, long views, long visitors, long comments, long follows, long pledges, long signups,
                            long supporters) {
    }

    /**
     * Everything shown for one scope: an organisation (target null) or one target, of the organisation or a
     * complaint (which belongs to none: organisation null).
     */
    public record Scope(@Nullable UUID organisation, @Nullable Target target, LocalDate from, LocalDate to) {
        public Scope {
            if (organisation == null && target == null) {
                throw new IllegalArgumentException("a scope is an organisation or a target");
            }
        }

        String where(String alias) {
            return target == null
                    ? " JOIN insights_target t ON t.target_type = " + alias + ".target_type AND t.target_id = " + alias
                            + ".target_id WHERE t.organisation_id = :org"
                    : " WHERE " + alias + ".target_type = :type AND " + alias + ".target_id = :id";
        }

        JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec) {
            spec = spec.param("org", organisation).param("from", from).param("to", to);
            return target == null ? spec : spec.param("type", target.type()).param("id", target.id());
        }
    }

    @Transactional(readOnly = true)
    public List<Target> targets(UUID organisation) {
        return jdbc.sql("""
                SELECT target_type, target_id, title FROM insights_target WHERE organisation_id = ? AND target_type <> 'organisation'
                 ORDER BY created_at DESC, target_id""").param(organisation)
                .query((rs, n) -> new Target(rs.getString(1), rs.getObject(2, UUID.class), rs.getString(3))).list();
    }

    @Transactional(readOnly = true)
    public List<Day> days(Scope scope) {
        Map<LocalDate, long[]> byDay = new LinkedHashMap<>();
        for (LocalDate d = scope.from(); !d.isAfter(scope.to()); d = d.plusDays(1)) {
            byDay.put(d, new long[2]);
        }
        scope.bind(jdbc.sql("SELECT d.day, sum(d.views) FROM insights_daily d" + scope.where("d")
                        + " AND d.day BETWEEN :from AND :to GROUP BY d.day"))
                .query(rs -> {
                    byDay.get(rs.getObject(1, LocalDate.class))[0] = rs.getLong(2);
                });
        scope.bind(jdbc.sql("SELECT a.day, sum(a.visitors) FROM insights_daily_audience a" + scope.where("a")
                        + " AND a.dimension = 'all' AND a.day BETWEEN :from AND :to GROUP BY a.day"))
                .query(rs -> {
                    byDay.get(rs.getObject(1, LocalDate.class))[1] = rs.getLong(2);
                });
        List<Day> days = new ArrayList<>();
        byDay.forEach((d, v) -> days.add(new Day(d, v[0], v[1])));
        return days;
    }

    /** Views by channel, most first. */
    @Transactional(readOnly = true)
    public List<Count> channels(Scope scope) {
        return scope.bind(jdbc.sql("SELECT d.channel, sum(d.views) AS n FROM insights_daily d" + scope.where("d")
                        + " AND d.day BETWEEN :from AND :to GROUP BY d.channel ORDER BY n DESC, d.channel"))
                .query((rs, n) -> new Count(rs.getString(1), rs.getLong(2))).list();
    }

    /** Views and pledges by ambassador (referral codes that are not channels), most views first. */
    @Transactional(readOnly = true)
    public List<Count> ambassadors(Scope scope) {
        return scope.bind(jdbc.sql("SELECT d.ambassador, sum(d.views) AS n FROM insights_daily d" + scope.where("d")
                        + " AND d.ambassador <> '' AND d.day BETWEEN :from AND :to GROUP BY d.ambassador ORDER BY n DESC, d.ambassador LIMIT 50"))
                .query((rs, n) -> new Count(rs.getString(1), rs.getLong(2))).list();
    }

    /** Pledges by their referral ('' when none), most first. */
    @Transactional(readOnly = true)
    public List<Count> pledgesByReferral(Scope scope) {
        return scope.bind(jdbc.sql("SELECT f.channel, count(*) AS n FROM insights_funnel_event f" + scope.where("f")
                        + " AND f.metric = 'pledges' AND f.day BETWEEN :from AND :to GROUP BY f.channel ORDER BY n DESC, f.channel"))
                .query((rs, n) -> new Count(rs.getString(1), rs.getLong(2))).list();
    }

    @Transactional(readOnly = true)
    public Funnel funnel(Scope scope) {
        long views = scope.bind(jdbc.sql("SELECT coalesce(sum(d.views), 0) FROM insights_daily d" + scope.where("d")
                + " AND d.day BETWEEN :from AND :to")).query(Long.class).single();
        long visitors = scope.bind(jdbc.sql("SELECT coalesce(sum(a.visitors), 0) FROM insights_daily_audience a" + scope.where("a")
                + " AND a.dimension = 'all' AND a.day BETWEEN :from AND :to")).query(Long.class).single();
        // visits that came through a shared link: every channel but "direct" (ambassadors' links included), dated like views
        long shares = scope.bind(jdbc.sql("SELECT coalesce(sum(d.views), 0) FROM insights_daily d" + scope.where("d")
                + " AND d.channel <> 'direct' AND d.day BETWEEN :from AND :to")).query(Long.class).single();
        Map<String, Long> steps = new LinkedHashMap<>();
        scope.bind(jdbc.sql("SELECT f.metric, count(*) FROM insights_funnel_event f" + scope.where("f")
                + " AND f.day BETWEEN :from AND :to GROUP BY f.metric")).query(rs -> {
                    steps.put(rs.getString(1), rs.getLong(2));
                });
        long frames = scope.target() != null ? 0 : jdbc.sql("SELECT coalesce(sum(adoptions), 0) FROM insights_frame WHERE organisation_id = ?")
                .param(scope.organisation()).query(Long.class).single();
        return new Funnel(views, visitors, shares, steps.getOrDefault("comments", 0L), steps.getOrDefault("follows", 0L), frames,
                steps.getOrDefault("pledges", 0L), steps.getOrDefault("signups", 0L), steps.getOrDefault("supporters", 0L));
    }

    /**
     * Visitors by city ('' for members without a city and visitors not signed in), most first. Cities
     * under {@value #MIN_GROUP} visitors are folded into one group named "*", itself suppressed when
     * still under {@value #MIN_GROUP}.
     */
    @Transactional(readOnly = true)
    public List<Group> cities(Scope scope) {
        List<Count> all = scope.bind(jdbc.sql("SELECT a.value, sum(a.visitors) AS n FROM insights_daily_audience a" + scope.where("a")
                        + " AND a.dimension = 'city' AND a.day BETWEEN :from AND :to GROUP BY a.value ORDER BY n DESC, a.value"))
                .query((rs, n) -> new Count(rs.getString(1), rs.getLong(2))).list();
        return suppress(all, true);
    }

    /** New and returning visitors (each suppressed under {@value #MIN_GROUP}). */
    @Transactional(readOnly = true)
    public List<Group> newAndReturning(Scope scope) {
        Map<String, Long> kinds = new LinkedHashMap<>();
        kinds.put("new", 0L);
        kinds.put("returning", 0L);
        scope.bind(jdbc.sql("SELECT a.value, sum(a.visitors) FROM insights_daily_audience a" + scope.where("a")
                + " AND a.dimension = 'kind' AND a.day BETWEEN :from AND :to GROUP BY a.value")).query(rs -> {
                    kinds.put(rs.getString(1), rs.getLong(2));
                });
        return suppress(kinds.entrySet().stream().map(e -> new Count(e.getKey(), e.getValue())).toList(), false);
    }

    static List<Group> suppress(List<Count> counts, boolean fold) {
        List<Group> groups = new ArrayList<>();
        long small = 0;
        boolean anySmall = false;
        for (Count c : counts) {
            if (c.value() >= MIN_GROUP) {
                groups.add(new Group(c.name(), c.value()));
            } else if (fold) {
                small += c.value();
                anySmall = true;
            } else {
                groups.add(new Group(c.name(), null));
            }
        }
        if (anySmall) {
            groups.add(new Group("*", small >= MIN_GROUP ? small : null));
        }
        return groups;
    }

    /** Each target of the organisation with its totals over the days. */
    @Transactional(readOnly = true)
    public List<TargetRow> perTarget(UUID organisation, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                SELECT t.target_type, t.target_id, t.title,
                       coalesce((SELECT sum(d.views) FROM insights_daily d WHERE d.target_type = t.target_type AND d.target_id = t.target_id
                                  AND d.day BETWEEN :from AND :to), 0),
                       coalesce((SELECT sum(a.visitors) FROM insights_daily_audience a WHERE a.target_type = t.target_type
                                  AND a.target_id = t.target_id AND a.dimension = 'all' AND a.day BETWEEN :from AND :to), 0),
                       f.comments, f.follows, f.pledges, f.signups, f.supporters
                  FROM insights_target t
                  LEFT JOIN LATERAL (SELECT count(*) FILTER (WHERE metric = 'comments') AS comments,
                                            count(*) FILTER (WHERE metric = 'follows') AS follows,
                                            count(*) FILTER (WHERE metric = 'pledges') AS pledges,
                                            count(*) FILTER (WHERE metric = 'signups') AS signups,
                                            count(*) FILTER (WHERE metric = 'supporters') AS supporters
                                       FROM insights_funnel_event e WHERE e.target_type = t.target_type AND e.target_id = t.target_id
                                        AND e.day BETWEEN :from AND :to) f ON true
                 WHERE t.organisation_id = :org AND t.target_type <> 'organisation'
                 ORDER BY t.created_at DESC, t.target_id""")
                .param("org", organisation).param("from", from).param("to", to)
                .query((rs, n) -> new TargetRow(new Target(rs.getString(1), rs.getObject(2, UUID.class), rs.getString(3)),
                        rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9), rs.getLong(10)))
                .list();
    }

    /** One CSV row: a day, a target, a channel and ambassador, and the funnel steps counted there. */
    public record Row(LocalDate day, String type, UUID id, String title, String channel, String ambassador, long views,
                      long visitors, long comments, long follows, long pledges, long signups, long supporters) {
    }

    @Transactional(readOnly = true)
    public List<Row> rows(UUID organisation, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                SELECT x.day, x.target_type, x.target_id, t.title, x.channel, x.ambassador,
                       sum(x.views), sum(x.visitors), sum(x.comments), sum(x.follows), sum(x.pledges), sum(x.signups), sum(x.supporters)
                  FROM (SELECT day, target_type, target_id, channel::text AS channel, ambassador::text AS ambassador, views, visitors,
                               0 AS comments, 0 AS follows, 0 AS pledges, 0 AS signups, 0 AS supporters
                          FROM insights_daily WHERE day BETWEEN :from AND :to
                        UNION ALL
                        SELECT day, target_type, target_id, channel::text, '', 0, 0,
                               (metric = 'comments')::int, (metric = 'follows')::int, (metric = 'pledges')::int,
                               (metric = 'signups')::int, (metric = 'supporters')::int
                          FROM insights_funnel_event WHERE day BETWEEN :from AND :to) x
                  JOIN insights_target t ON t.target_type = x.target_type AND t.target_id = x.target_id
                 WHERE t.organisation_id = :org
                 GROUP BY x.day, x.target_type, x.target_id, t.title, x.channel, x.ambassador
                 ORDER BY x.day, x.target_type, t.title, x.target_id, x.channel, x.ambassador""")
                .param("org", organisation).param("from", from).param("to", to)
                .query((rs, n) -> new Row(rs.getObject(1, LocalDate.class), rs.getString(2), rs.getObject(3, UUID.class), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getLong(7), rs.getLong(8), rs.getLong(9), rs.getLong(10), rs.getLong(11),
                        rs.getLong(12), rs.getLong(13)))
                .list();
    }

    /** A target with the member it belongs to (a complaint and its author). */
    public record Owned(Target target, UUID owner) {
    }

    /** A complaint with its author, through the reporting view {@code insights_complaint} (V92). */
    @Transactional(readOnly = true)
    public java.util.Optional<Owned> complaint(UUID id) {
        return jdbc.sql("SELECT target_id, title, author_id FROM insights_complaint WHERE target_id = ?").param(id)
                .query((rs, n) -> new Owned(new Target("complaint", rs.getObject(1, UUID.class), rs.getString(2)),
                        rs.getObject(3, UUID.class))).optional();
    }

    /** The CSV rows of one target (a complaint), as {@link #rows(UUID, LocalDate, LocalDate)} gives an organisation's. */
    @Transactional(readOnly = true)
    public List<Row> rows(Target target, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                SELECT x.day, x.channel, x.ambassador,
                       sum(x.views), sum(x.visitors), sum(x.comments), sum(x.follows), sum(x.pledges), sum(x.signups), sum(x.supporters)
                  FROM (SELECT day, channel::text AS channel, ambassador::text AS ambassador, views, visitors,
                               0 AS comments, 0 AS follows, 0 AS pledges, 0 AS signups, 0 AS supporters
                          FROM insights_daily WHERE target_type = :type AND target_id = :id AND day BETWEEN :from AND :to
                        UNION ALL
                        SELECT day, channel::text, '', 0, 0,
                               (metric = 'comments')::int, (metric = 'follows')::int, (metric = 'pledges')::int,
                               (metric = 'signups')::int, (metric = 'supporters')::int
                          FROM insights_funnel_event WHERE target_type = :type AND target_id = :id AND day BETWEEN :from AND :to) x
                 GROUP BY x.day, x.channel, x.ambassador
                 ORDER BY x.day, x.channel, x.ambassador""")
                .param("type", target.type()).param("id", target.id()).param("from", from).param("to", to)
                .query((rs, n) -> new Row(rs.getObject(1, LocalDate.class), target.type(), target.id(), target.title(),
                        rs.getString(2), rs.getString(3), rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8),
                        rs.getLong(9), rs.getLong(10)))
                .list();
    }
}
