package org.takatuf.volunteering.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.takatuf.core.text.Bidi;
import org.takatuf.identity.Member;
import org.takatuf.identity.Members;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * In-app notices (shown in the volunteer's space) and their e-mail copies, in the member's language.
 * Arguments are stored as text, separated by a unit separator, and must not be message keys. An opportunity's
 * title (the first argument of an invitation, a promotion from the waitlist or a reminder) is bidi-isolated when
 * the sentence is rendered ({@link Notice#messageArguments()}), not in the stored data.
 */
@Component
public class Notices {

    private static final String SEPARATOR = "\u001F";
    /** The notices whose first argument is an opportunity's title; the others carry hours (a number). */
    private static final java.util.Set<String> TITLED = java.util.Set.of("volunteering.notice.invited",
            "volunteering.notice.promoted", "volunteering.notice.reminder");

    private final JdbcClient jdbc;
    private final Members members;
    private final JavaMailSender mail;
    private final TemplateEngine templates;
    private final MessageSource messages;
    private final org.takatuf.core.i18n.Plurals plurals;
    private final Clock clock;
    private final String from;
    private final org.takatuf.core.SiteLinks links;

    Notices(JdbcClient jdbc, Members members, JavaMailSender mail, TemplateEngine templates, MessageSource messages,
            org.takatuf.core.i18n.Plurals plurals, Clock clock,
            @Value("${takatuf.mail.from}") String from, org.takatuf.core.SiteLinks links) {
        this.jdbc = jdbc;
        this.members = members;
        this.mail = mail;
        this.templates = templates;
        this.messages = messages;
        this.plurals = plurals;
        this.clock = clock;
        this.from = from;
        this.links = links;
    }

    /** An in-app notice and, if {@code email}, the same text by e-mail. */
    public void notify(UUID memberId, String key, String link, boolean email, Object... arguments) {
        String args = Arrays.stream(arguments).map(String::valueOf).map(s -> s.replace(SEPARATOR, " "))
                .collect(Collectors.joining(SEPARATOR));
        jdbc.sql("INSERT INTO volunteer_notice (member_id, message_key, arguments, link, created_at) VALUES (?, ?, ?, ?, ?)")
                .params(memberId, key, args, link, Timestamp.from(clock.instant())).update();
        if (email) {
            members.findById(memberId).filter(Member::isEnabled).ifPresent(m -> send(m, key, link, arguments));
        }
    }

    private void send(Member member, String key, String link, Object[] arguments) {
        Locale locale = member.getPreferredLocale();
        Context context = new Context(locale);
        context.setVariable("name", member.getDisplayName());
        context.setVariable("text", plurals.message(key, locale, messageArguments(key, arguments)));
        context.setVariable("link", link == null ? null : links.base() + link);
        context.setVariable("dir", "ar".equals(locale.getLanguage()) ? "rtl" : "ltr");
        try {
            MimeMessage message = mail.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
            helper.setFrom(from);
            helper.setTo(member.getEmail());
            helper.setSubject(messages.getMessage(key + ".subject", null, locale));
            helper.setText(templates.process("mail/volunteering-notice-text", context), templates.process("mail/volunteering-notice", context));
            mail.send(message);
        } catch (MessagingException e) {
            throw new IllegalStateException("Could not write an e-mail", e);
        }
    }

    /** A notice as the volunteer's space shows it. */
    public record Notice(long id, String key, Object[] arguments, String link, Instant createdAt, boolean read) {

        /** The arguments of {@link #key()}, the opportunity's title bidi-isolated. */
        public Object[] messageArguments() {
            return Notices.messageArguments(key, arguments);
        }
    }

    /**
     * The arguments with the opportunity's title wrapped in FSI … PDI ({@link Bidi#isolate}), so that an Arabic title
     * in an English sentence (or a Latin one in an Arabic sentence) keeps its order; the time of a reminder and the
     * hours need no marks.
     */
    static Object[] messageArguments(String key, Object[] stored) {
        Object[] all = stored.clone();
        if (TITLED.contains(key) && all.length > 0) {
            all[0] = Bidi.isolate(all[0]);
        }
        return all;
    }

    public List<Notice> recent(UUID memberId, int limit) {
        return jdbc.sql("SELECT id, message_key, arguments, link, created_at, read_at FROM volunteer_notice WHERE member_id = ? "
                        + "ORDER BY created_at DESC, id DESC LIMIT ?")
                .params(memberId, limit)
                .query((rs, n) -> new Notice(rs.getLong(1), rs.getString(2),
                        rs.getString(3).isEmpty() ? new Object[0] : rs.getString(3).split(SEPARATOR, -1), rs.getString(4),
                        rs.getTimestamp(5).toInstant(), rs.getTimestamp(6) != null)).list();
    }

    public void markAllRead(UUID memberId) {
        jdbc.sql("UPDATE volunteer_notice SET read_at = ? WHERE member_id = ? AND read_at IS NULL")
                .params(Timestamp.from(clock.instant()), memberId).update();
    }
}
