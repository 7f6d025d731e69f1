package org.takatuf.volunteering.internal;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.takatuf.core.UserInputException;
import org.takatuf.identity.MemberId;
import org.takatuf.identity.Members;

/** Certificates of verified (approved) hours. */
@Service
public class Certificates {

    /** Between the organisations' names in the frozen list (the PDF cuts it there to isolate each name). */
    static final String ORGANISATION_SEPARATOR = "، ";

    private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Members members;
    private final Clock clock;

    Certificates(JdbcClient jdbc, Members members, Clock clock) {
        this.jdbc = jdbc;
        this.members = members;
        this.clock = clock;
    }

    /** Freezes the member's approved hours into a certificate in {@code locale}; returns its code. */
    @Transactional
    public String issue(MemberId member, Locale locale) {
        record Totals(int minutes, int shifts, LocalDate first, LocalDate last) {
        }
        Totals totals = jdbc.sql("""
                SELECT coalesce(sum(g.minutes), 0), count(*), min(s.local_date), max(s.local_date)
                  FROM shift_signup g JOIN shift s ON s.id = g.shift_id
                 WHERE g.member_id = ? AND g.hours_status = 'APPROVED'
                """).param(member.value()).query((rs, n) -> new Totals(rs.getInt(1), rs.getInt(2),
                rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class))).single();
        if (totals.shifts() == 0) {
            throw new UserInputException("volunteering.certificate.no-hours");
        }
        List<String> organisations = jdbc.sql("""
                SELECT DISTINCT o.name FROM shift_signup g JOIN shift s ON s.id = g.shift_id JOIN organisation o ON o.id = s.organisation_id
                 WHERE g.member_id = ? AND g.hours_status = 'APPROVED' ORDER BY o.name
                """).param(member.value()).query(String.class).list();
        String name = members.findById(member).orElseThrow().getDisplayName();
        String code = newCode();
        String language = "en".equals(locale.getLanguage()) ? "en" : "ar";
        jdbc.sql("""
                INSERT INTO hours_certificate (code, member_id, holder_name, total_minutes, shift_count, organisations, first_day,
                    last_day, locale, issued_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """).params(code, member.value(), name, totals.minutes(), totals.shifts(), String.join(ORGANISATION_SEPARATOR, organisations),
                totals.first(), totals.last(), language, Timestamp.from(clock.instant())).update();
        return code;
    }

    @Transactional(readOnly = true)
    public Optional<Certificate> find(String code) {
        if (code == null || !code.matches("[A-Z2-9]{12}")) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT * FROM hours_certificate WHERE code = ?").param(code).query((rs, n) -> new Certificate(
                rs.getString("code"), rs.getObject("member_id", UUID.class), rs.getString("holder_name"), rs.getInt("total_minutes"),
                rs.getInt("shift_count"), rs.getString("organisations"), rs.getObject("first_day", LocalDate.class),
                rs.getObject("last_day", LocalDate.class), Locale.forLanguageTag(rs.getString("locale")),
                rs.getTimestamp("issued_at").toInstant())).optional();
    }

    /** The certificate if {@code member} holds it; nobody else's. */
    @Transactional(readOnly = true)
    public Optional<Certificate> mine(MemberId member, String code) {
        return find(code).filter(c -> c.memberId().equals(member.value()));
    }

    @Transactional(readOnly = true)
    public List<String> codesOf(MemberId member) {
        return jdbc.sql("SELECT code FROM hours_certificate WHERE member_id = ? ORDER BY issued_at DESC").param(member.value())
                .query(String.class).list();
    }

    static String newCode() {
        char[] code = new char[12];
        for (int i = 0; i < code.length; i++) {
            code[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new String(code);
    }
}
