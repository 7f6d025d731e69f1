package org.takatuf.notifications.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.takatuf.core.SiteLinks;
import org.takatuf.core.i18n.Plurals;
import org.takatuf.identity.Member;
import org.takatuf.identity.Members;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Notification e-mails, HTML and text, in the member's language, each with a one-click unsubscribe
 * (a link in the body and the RFC 8058 {@code List-Unsubscribe} headers). Only to members who can
 * sign in (verified, not suspended).
 */
@Component
class Mailer {

    private final JavaMailSender mail;
    private final TemplateEngine templates;
    private final Plurals plurals;
    private final Members members;
    private final UnsubscribeLinks unsubscribe;
    private final SiteLinks links;
    private final String from;

    Mailer(JavaMailSender mail, TemplateEngine templates, Plurals plurals, Members members, UnsubscribeLinks unsubscribe, SiteLinks links,
           @Value("${takatuf.mail.from}") String from) {
        this.mail = mail;
        this.templates = templates;
        this.plurals = plurals;
        this.members = members;
        this.unsubscribe = unsubscribe;
        this.links = links;
        this.from = from;
    }

    /** One notification by e-mail; false when the member cannot receive mail. */
    boolean sendOne(UUID memberId, NotificationType type, String link, Object[] arguments) {
        Optional<Member> member = members.findById(memberId).filter(Member::isPubliclyVisible);
        if (member.isEmpty()) {
            return false;
        }
        Locale locale = member.get().getPreferredLocale();
        String text = plurals.message(type.messageKey(), locale, arguments);
        Context context = context(member.get(), locale, type.name());
        context.setVariable("text", text);
        context.setVariable("link", link == null ? null : links.base() + link);
        context.setVariable("typeName", plurals.message("notifications.preferences." + type.name(), locale));
        send(member.get(), text, context, "mail/notification", type.name());
        return true;
    }

    /** A digest: one e-mail listing the unread notifications. */
    boolean sendDigest(UUID memberId, List<Inbox.Notification> items, String frequency) {
        Optional<Member> member = members.findById(memberId).filter(Member::isPubliclyVisible);
        if (member.isEmpty() || items.isEmpty()) {
            return false;
        }
        Locale locale = member.get().getPreferredLocale();
        Context context = context(member.get(), locale, UnsubscribeLinks.ALL);
        context.setVariable("lines", items.stream().map(n -> new Line(plurals.message(n.type().messageKey(), locale, n.messageArguments()),
                n.link() == null ? links.base() + "/notifications" : links.base() + n.link())).toList());
        context.setVariable("inbox", links.base() + "/notifications");
        String subject = plurals.message("notifications.digest.subject." + frequency, locale, items.size());
        send(member.get(), subject, context, "mail/notification-digest", UnsubscribeLinks.ALL);
        return true;
    }

    record Line(String text, String link) {
    }

    private Context context(Member member, Locale locale, String type) {
        Context context = new Context(locale);
        context.setVariable("name", member.getDisplayName());
        context.setVariable("dir", "ar".equals(locale.getLanguage()) ? "rtl" : "ltr");
        context.setVariable("unsubscribe", unsubscribe.page(member.getId(), type));
        context.setVariable("preferences", links.base() + "/notifications/preferences");
        return context;
    }

    private void send(Member member, String subject, Context context, String template, String type) {
        try {
            MimeMessage message = mail.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
            helper.setFrom(from);
            helper.setTo(member.getEmail());
            helper.setSubject(subject.length() > 150 ? subject.substring(0, 149) + "…" : subject);
            helper.setText(templates.process(template + "-text", context), templates.process(template, context));
            message.setHeader("List-Unsubscribe", "<" + unsubscribe.oneClick(member.getId(), type) + ">");
            message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
            mail.send(message);
        } catch (MessagingException e) {
            throw new IllegalStateException("Could not write an e-mail", e);
        }
    }
}
