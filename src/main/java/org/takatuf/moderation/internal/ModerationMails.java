package org.takatuf.moderation.internal;

import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.takatuf.core.SiteLinks;
import org.takatuf.core.text.Bidi;
import org.takatuf.identity.Member;
import org.takatuf.identity.MemberId;
import org.takatuf.identity.MemberManagement;

/**
 * Tells an author, by e-mail in the author's own language, what a moderator decided about their thing and
 * why, with the link to appeal a hide. A failed delivery is logged (without the address) and does not undo
 * the decision.
 */
@Component
class ModerationMails {

    private static final Logger log = LoggerFactory.getLogger(ModerationMails.class);

    private final JavaMailSender mail;
    private final MessageSource messages;
    private final MemberManagement members;
    private final SiteLinks links;
    private final String from;

    ModerationMails(JavaMailSender mail, MessageSource messages, MemberManagement members, SiteLinks links,
                    @Value("${takatuf.mail.from}") String from) {
        this.mail = mail;
        this.messages = messages;
        this.members = members;
        this.links = links;
        this.from = from;
    }

    void decided(UUID authorId, String type, String verb, String note, @Nullable String appealPath, boolean wasAppeal) {
        Member author;
        try {
            author = members.account(new MemberId(authorId));
        } catch (RuntimeException e) {
            return;
        }
        Locale locale = author.getPreferredLocale();
        String thing = messages.getMessage("moderation.type." + type, null, type, locale);
        String key = "moderation.mail." + verb + (wasAppeal && "dismiss".equals(verb) ? ".appeal" : "");
        StringBuilder body = new StringBuilder(messages.getMessage(key + ".body", new Object[] {thing}, locale))
                .append("\n\n").append(messages.getMessage("moderation.mail.reason", new Object[] {Bidi.isolate(note)}, locale));
        if (appealPath != null) {
            body.append("\n\n").append(messages.getMessage("moderation.mail.appeal", new Object[] {links.link(appealPath)}, locale));
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(author.getEmail());
        message.setSubject(messages.getMessage(key + ".subject", new Object[] {thing}, locale));
        message.setText(body.toString());
        Runnable send = () -> {
            try {
                mail.send(message);
            } catch (MailException e) {
                log.warn("A moderation notice could not be sent: {}", e.getClass().getSimpleName());
            }
        };
        // only a decision that was stored is announced (a bulk decision is all or nothing)
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    send.run();
                }
            });
        } else {
            send.run();
        }
    }
}
