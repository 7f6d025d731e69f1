package org.takatuf.advocacy.internal;

import java.util.Locale;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.takatuf.advocacy.ComplaintSent;
import org.takatuf.core.SiteLinks;
import org.takatuf.core.text.Bidi;
import org.takatuf.identity.Member;
import org.takatuf.identity.Members;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * When a complaint is sent, each verified representative of the company gets an e-mail in their own language with
 * the complaint's title and link, so that the company's clock starts with the company knowing. A company without
 * representatives learns of it from its public page (and the escalation letter later). Hidden complaints and
 * disabled or unverified accounts get nothing.
 */
@Component
class ComplaintSentMails {

    private static final Logger log = LoggerFactory.getLogger(ComplaintSentMails.class);

    private final ComplaintManagement complaints;
    private final CompanyManagement companies;
    private final Members members;
    private final JavaMailSender mail;
    private final TemplateEngine templates;
    private final MessageSource messages;
    private final SiteLinks links;
    private final String from;

    ComplaintSentMails(ComplaintManagement complaints, CompanyManagement companies, Members members, JavaMailSender mail,
                       TemplateEngine templates, MessageSource messages, SiteLinks links,
                       @Value("${takatuf.mail.from}") String from) {
        this.complaints = complaints;
        this.companies = companies;
        this.members = members;
        this.mail = mail;
        this.templates = templates;
        this.messages = messages;
        this.links = links;
        this.from = from;
    }

    @ApplicationModuleListener
    void on(ComplaintSent event) {
        Complaint complaint = complaints.find(event.complaint().value()).orElse(null);
        if (complaint == null || complaint.hiddenAt() != null) {
            return;
        }
        Company company = companies.get(complaint.companyId());
        for (var representative : companies.representativesOf(company.id())) {
            members.findById(representative).filter(m -> m.isEnabled() && m.isEmailVerified())
                    .ifPresent(m -> send(m, complaint, company));
        }
    }

    private void send(Member to, Complaint complaint, Company company) {
        Locale locale = to.getPreferredLocale() == null ? Locale.forLanguageTag("ar") : to.getPreferredLocale();
        Context context = new Context(locale);
        context.setVariable("company", company.name());
        context.setVariable("title", complaint.title());
        context.setVariable("number", complaint.number());
        context.setVariable("link", links.link("/complaints/" + complaint.id()));
        context.setVariable("dir", "ar".equals(locale.getLanguage()) ? "rtl" : "ltr");
        try {
            MimeMessage message = mail.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
            helper.setFrom(from);
            helper.setTo(to.getEmail());
            helper.setSubject(messages.getMessage("advocacy.mail.sent.subject", new Object[] {Bidi.isolate(company.name())}, locale));
            helper.setText(templates.process("mail/advocacy-complaint-sent-text", context),
                    templates.process("mail/advocacy-complaint-sent", context));
            mail.send(message);
        } catch (MessagingException | RuntimeException e) {
            // one representative's bad address must not keep the others from being told
            log.warn("Could not tell a representative of company {} about complaint {}: {}", company.id(), complaint.id(), e.toString());
        }
    }
}
