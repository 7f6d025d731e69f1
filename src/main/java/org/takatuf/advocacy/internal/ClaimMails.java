package org.takatuf.advocacy.internal;

import java.util.Locale;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.takatuf.core.text.Bidi;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/** The code that proves a work address at the company's domain, in the claimant's language (HTML and text). */
@Component
class ClaimMails {

    private final JavaMailSender mail;
    private final TemplateEngine templates;
    private final MessageSource messages;
    private final String from;

    ClaimMails(JavaMailSender mail, TemplateEngine templates, MessageSource messages, @Value("${takatuf.mail.from}") String from) {
        this.mail = mail;
        this.templates = templates;
        this.messages = messages;
        this.from = from;
    }

    void sendCode(String to, String company, String code, Locale locale) {
        Context context = new Context(locale);
        context.setVariable("company", company);
        context.setVariable("code", code);
        context.setVariable("dir", "ar".equals(locale.getLanguage()) ? "rtl" : "ltr");
        try {
            MimeMessage message = mail.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
            helper.setFrom(from);
            helper.setTo(to);
            helper.setSubject(messages.getMessage("advocacy.mail.claim.subject", new Object[] {Bidi.isolate(company)}, locale));
            helper.setText(templates.process("mail/advocacy-claim-code-text", context), templates.process("mail/advocacy-claim-code", context));
            mail.send(message);
        } catch (MessagingException e) {
            throw new IllegalStateException("Could not write an e-mail", e);
        }
    }
}
