package org.takatuf.identity.internal;

import java.util.Locale;
import java.util.Map;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * E-mails of the identity module, written in the recipient's language from templates under
 * {@code templates/mail/}. Each has an HTML part and a plain-text part.
 */
@Component
public class AccountMails {

    private final JavaMailSender sender;
    private final TemplateEngine templates;
    private final MessageSource messages;
    private final String from;
    private final org.takatuf.core.SiteLinks links;

    AccountMails(JavaMailSender sender, TemplateEngine templates, MessageSource messages,
                 @Value("${takatuf.mail.from}") String from, org.takatuf.core.SiteLinks links) {
        this.sender = sender;
        this.templates = templates;
        this.messages = messages;
        this.from = from;
        this.links = links;
    }

    public void send(String to, Locale locale, String template, String subjectKey, Map<String, Object> variables) {
        Context context = new Context(locale);
        context.setVariables(variables);
        context.setVariable("baseUrl", links.base());
        context.setVariable("dir", "ar".equals(locale.getLanguage()) ? "rtl" : "ltr");
        String html = templates.process("mail/" + template, context);
        String text = templates.process("mail/" + template + "-text", context);
        String subject = messages.getMessage(subjectKey, null, locale);
        try {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
            helper.setFrom(from);
            helper.setTo(to);
            helper.setSubject(subject);
            helper.setText(text, html);
            sender.send(message);
        } catch (MessagingException e) {
            throw new IllegalStateException("Could not write an e-mail", e);
        }
    }

    public String link(String path) {
        return links.link(path);
    }
}
