package org.takatuf.volunteering.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.takatuf.identity.Member;
import org.takatuf.identity.MemberId;
import org.takatuf.identity.Members;
import org.takatuf.identity.OrganisationId;
import org.takatuf.core.text.Csv;

/** An organisation's volunteering figures and its CSV export; members of the organisation only. */
@Service
public class OrganiserDashboard {

    static final Duration UPCOMING = Duration.ofDays(30);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

    private final JdbcClient jdbc;
    private final Members members;
    private final OpportunityManagement opportunities;
    private final MessageSource messages;
    private final Clock clock;

    OrganiserDashboard(JdbcClient jdbc, Members members, OpportunityManagement opportunities, MessageSource messages, Clock clock) {
        this.jdbc = jdbc;
        this.members = members;
        this.opportunities = opportunities;
        this.messages = messages;
        this.clock = clock;
    }

    public record UpcomingShift(Shift shift, String title, ZoneId zone) {
        public double fillRate() {
            return shift.taken() / (double) shift.capacity();
        }

        public long percent() {
            return Math.round(fillRate() * 100);
        }
    }

    public record VolunteerHours(UUID memberId, String name, int minutes, int shifts) {
    }

    public record Figures(List<UpcomingShift> upcoming, double fillRate, double noShowRate, int approvedMinutes,
                          List<VolunteerHours> volunteers) {
    }

    @Transactional(readOnly = true)
    public Figures figures(MemberId organiser, OrganisationId organisation) {
        opportunities.requireOrganiser(organiser, organisation);
        Instant now = clock.instant();
        List<UpcomingShift> upcoming = jdbc.sql("SELECT " + Shifts.COLUMNS + ", o.title, o.time_zone FROM shift s "
                        + "JOIN opportunity o ON o.id = s.opportunity_id WHERE s.organisation_id = ? AND s.status = 'OPEN' "
                        + "AND s.starts_at > ? AND s.starts_at < ? ORDER BY s.starts_at LIMIT 100")
                .params(organisation.value(), Timestamp.from(now), Timestamp.from(now.plus(UPCOMING)))
                .query((rs, n) -> new UpcomingShift(Shifts.map(rs), rs.getString("title"), ZoneId.of(rs.getString("time_zone")))).list();
        long capacity = upcoming.stream().mapToLong(u -> u.shift().capacity()).sum();
        long taken = upcoming.stream().mapToLong(u -> u.shift().taken()).sum();
        double[] attendance = jdbc.sql("""
                SELECT count(*) FILTER (WHERE g.attendance = 'NO_SHOW'), count(*) FILTER (WHERE g.attendance IS NOT NULL),
                       coalesce(sum(g.minutes) FILTER (WHERE g.hours_status = 'APPROVED'), 0)
                  FROM shift_signup g JOIN shift s ON s.id = g.shift_id WHERE s.organisation_id = ?
                """).param(organisation.value()).query((rs, n) -> new double[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)}).single();
        List<VolunteerHours> hours = jdbc.sql("""
                SELECT g.member_id, sum(g.minutes), count(*) FROM shift_signup g JOIN shift s ON s.id = g.shift_id
                 WHERE s.organisation_id = ? AND g.hours_status = 'APPROVED' GROUP BY g.member_id ORDER BY 2 DESC LIMIT 50
                """).param(organisation.value()).query((rs, n) -> new VolunteerHours(rs.getObject(1, UUID.class), null,
                rs.getInt(2), rs.getInt(3))).list();
        Map<UUID, String> names = names(hours.stream().map(VolunteerHours::memberId).toList());
        hours = hours.stream().map(h -> new VolunteerHours(h.memberId(), names.getOrDefault(h.memberId(), ""), h.minutes(), h.shifts())).toList();
        return new Figures(upcoming, capacity == 0 ? 0 : taken / (double) capacity,
                attendance[1] == 0 ? 0 : attendance[0] / attendance[1], (int) attendance[2], hours);
    }

    public Map<UUID, String> names(List<UUID> ids) {
        Map<UUID, String> names = new HashMap<>();
        members.findAllById(ids).forEach(m -> names.put(m.getId(), m.getDisplayName()));
        return names;
    }

    /**
     * Every sign-up of the organisation's shifts as CSV that Excel opens with Arabic intact: UTF-8 with
     * a byte-order mark, CRLF line ends, quoted fields, and cells that Excel would read as formulas
     * prefixed with an apostrophe.
     */
    @Transactional(readOnly = true)
    public byte[] csv(MemberId organiser, OrganisationId organisation, Locale locale) {
        opportunities.requireOrganiser(organiser, organisation);
        record Row(UUID member, String title, ZoneId zone, Instant start, Instant end, String status, String attendance,
                   Integer minutes, String hoursStatus) {
        }
        List<Row> rows = jdbc.sql("""
                SELECT g.member_id, o.title, o.time_zone, s.starts_at, s.ends_at, g.status, g.attendance, g.minutes, g.hours_status
                  FROM shift_signup g JOIN shift s ON s.id = g.shift_id JOIN opportunity o ON o.id = s.opportunity_id
                 WHERE s.organisation_id = ? ORDER BY s.starts_at, g.signed_up_at
                """).param(organisation.value()).query((rs, n) -> new Row(rs.getObject(1, UUID.class), rs.getString(2),
                ZoneId.of(rs.getString(3)), rs.getTimestamp(4).toInstant(), rs.getTimestamp(5).toInstant(), rs.getString(6),
                rs.getString(7), (Integer) rs.getObject(8), rs.getString(9))).list();
        Map<UUID, String> names = names(rows.stream().map(Row::member).distinct().toList());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            out.write('\uFEFF');
            Csv.line(out, text("volunteering.csv.volunteer", locale), text("volunteering.csv.opportunity", locale),
                    text("volunteering.csv.date", locale), text("volunteering.csv.start", locale), text("volunteering.csv.end", locale),
                    text("volunteering.csv.status", locale), text("volunteering.csv.attendance", locale),
                    text("volunteering.csv.hours", locale), text("volunteering.csv.hours-status", locale));
            for (Row r : rows) {
                Csv.line(out, names.getOrDefault(r.member(), ""), r.title(), r.start().atZone(r.zone()).toLocalDate().toString(),
                        TIME.format(r.start().atZone(r.zone())), TIME.format(r.end().atZone(r.zone())),
                        text("volunteering.status." + r.status(), locale),
                        r.attendance() == null ? "" : text("volunteering.attendance." + r.attendance(), locale),
                        r.minutes() == null ? "" : MatchScorer.hours(r.minutes()),
                        r.hoursStatus() == null ? "" : text("volunteering.hours-status." + r.hoursStatus(), locale));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    /** Names of members, for pages that list volunteers. */
    public String nameOf(UUID member) {
        return members.findById(member).map(Member::getDisplayName).orElse("");
    }
}
