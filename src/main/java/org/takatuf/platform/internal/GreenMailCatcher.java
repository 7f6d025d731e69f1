package org.takatuf.platform.internal;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.takatuf.platform.MailCatcher;

/** A real SMTP server (GreenMail) on 127.0.0.1 that keeps every message in memory. */
class GreenMailCatcher implements MailCatcher, AutoCloseable {

    private final GreenMail greenMail;

    GreenMailCatcher(int port) {
        ServerSetup smtp = new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        if (port == 0) {
            smtp = smtp.dynamicPort();
        }
        this.greenMail = new GreenMail(smtp);
        this.greenMail.start();
    }

    @Override
    public int smtpPort() {
        return greenMail.getSmtp().getPort();
    }

    @Override
    public List<CaughtMail> messages() {
        MimeMessage[] received = greenMail.getReceivedMessages();
        List<CaughtMail> result = new ArrayList<>(received.length);
        for (int i = 0; i < received.length; i++) {
            result.add(toMail(i + 1, received[i]));
        }
        Collections.reverse(result);
        return result;
    }

    private static CaughtMail toMail(int index, MimeMessage message) {
        try {
            String from = message.getFrom() == null ? "" : ((InternetAddress) message.getFrom()[0]).getAddress();
            String to = message.getAllRecipients() == null ? "" : ((InternetAddress) message.getAllRecipients()[0]).getAddress();
            Instant sent = message.getSentDate() == null ? Instant.now() : message.getSentDate().toInstant();
            Bodies bodies = new Bodies();
            bodies.collect(message);
            return new CaughtMail(index, from, to, message.getSubject(), sent, bodies.text, bodies.html);
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("Unreadable message in the mail catcher", e);
        }
    }

    private static final class Bodies {
        private String text = "";
        private String html = "";

        void collect(Part part) throws MessagingException, IOException {
            if (part.isMimeType("text/plain") && text.isEmpty()) {
                text = String.valueOf(part.getContent());
            } else if (part.isMimeType("text/html") && html.isEmpty()) {
                html = String.valueOf(part.getContent());
            } else if (part.isMimeType("multipart/*")) {
                Multipart multipart = (Multipart) part.getContent();
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart child = multipart.getBodyPart(i);
                    collect(child);
                }
            }
        }
    }

    @Override
    public void close() {
        greenMail.stop();
    }
}
