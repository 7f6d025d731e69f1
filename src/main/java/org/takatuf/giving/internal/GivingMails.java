package org.takatuf.giving.internal;

import java.util.Arrays;
import java.util.Locale;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.takatuf.core.SiteLinks;
import org.takatuf.core.text.Bidi;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/** E-mails to donors in their language (HTML and text), from {@code templates/mail/giving-notice}. */
@Component
class GivingMails {

    private final JavaMailSender sender;
    private final TemplateEngine templates;
    private final MessageSource messages;
    private final SiteLinks links;
    private final String from;

    GivingMails(JavaMailSender sender, TemplateEngine templates, MessageSource messages, SiteLinks links,
                @Value("${takatuf.mail.from}") String from) {
        this.sender = sender;
        this.templates = templates;
        this.messages = messages;
        this.links = links;
        this.from = from;
    }

    /**
     * {@code args} are placed in the subject and text messages; the text ones (campaign title, reference, bank, IBAN)
     * are bidi-isolated ({@link Bidi}) so that an Arabic title in an English sentence, or a Latin reference in an
     * Arabic one, keeps its order.
     */
    void send(String to, String name, Locale locale, String subjectKey, String textKey, Object[] values, String path) {
        Object[] args = Arrays.stream(values).map(v -> v instanceof String s ? Bidi.isolate(s) : v).toArray();
        Context context = new Context(locale);
        context.setVariable("name", name);
        context.setVariable("text", messages.getMessage(textKey, args, locale));
        context.setVariable("link", path == null ? null : links.link(path));
        context.setVariable("dir", "ar".equals(locale.getLanguage()) ? "rtl" : "ltr");
        try {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
            helper.setFrom(from);
            helper.setTo(to);
            helper.setSubject(messages.getMessage(subjectKey, args, locale));
            helper.setText(templates.process("mail/giving-notice-text", context), templates.process("mail/giving-notice", context));
            sender.send(message);
        } catch (MessagingException e) {
            throw new IllegalStateException("Could not write an e-mail", e);
        }
    }
}
