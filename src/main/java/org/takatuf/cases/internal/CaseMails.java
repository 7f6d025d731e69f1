package org.takatuf.cases.internal;

import java.util.Locale;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.takatuf.core.SiteLinks;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Tells the reporter what happened to their report, in plain words, with the link to follow it. The
 * address is never logged (it is a protected detail when the reporter has no account).
 */
@Component
class CaseMails {

    private static final Logger log = LoggerFactory.getLogger(CaseMails.class);

    private final JavaMailSender mail;
    private final TemplateEngine templates;
    private final MessageSource messages;
    private final SiteLinks links;
    private final String from;

    CaseMails(JavaMailSender mail, TemplateEngine templates, MessageSource messages, SiteLinks links,
              @Value("${takatuf.mail.from}") String from) {
        this.mail = mail;
        this.templates = templates;
        this.messages = messages;
        this.links = links;
        this.from = from;
    }

    /** {@code text} is already in {@code locale}; {@code path} is the follow-up page. */
    void send(String address, Locale locale, String text, String path) {
        send(address, locale, text, path, "cases.mail");
    }

    /** To a volunteer of the bank whom an organisation assigned to a case; {@code path} is their volunteering page. */
    void sendToVolunteer(String address, Locale locale, String text, String path) {
        send(address, locale, text, path, "cases.mail.volunteer");
    }

    /** {@code keys}: the prefix of the subject, link and footer messages ({@code <keys>.subject}, {@code .open}, {@code .footer}). */
    private void send(String address, Locale locale, String text, String path, String keys) {
        Context context = new Context(locale);
        context.setVariable("text", text);
        context.setVariable("link", links.link(path));
        context.setVariable("openKey", keys + ".open");
        context.setVariable("footerKey", keys + ".footer");
        context.setVariable("dir", "ar".equals(locale.getLanguage()) ? "rtl" : "ltr");
        try {
            MimeMessage message = mail.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
            helper.setFrom(from);
            helper.setTo(address);
            helper.setSubject(messages.getMessage(keys + ".subject", null, locale));
            helper.setText(templates.process("mail/case-update-text", context), templates.process("mail/case-update", context));
            mail.send(message);
        } catch (MessagingException | MailException e) {
            // the timeline keeps the news; a mail that cannot go does not undo the organisation's step
            log.warn("Could not send a case e-mail ({})", e.getClass().getSimpleName());
        }
    }
}
