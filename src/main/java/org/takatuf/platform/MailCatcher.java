package org.takatuf.platform;

import java.util.List;

/**
 * The local mail catcher of the embedded default: every message the platform sends is kept here so
 * that a person (or a test) can read it.
 */
public interface MailCatcher {

    /** Newest first. */
    List<CaughtMail> messages();

    /** Messages sent to one address, newest first. */
    default List<CaughtMail> messagesTo(String address) {
        return messages().stream().filter(m -> m.to().equalsIgnoreCase(address)).toList();
    }

    int smtpPort();

    /**
     * One caught message.
     *
     * @param index stable position of the message since the catcher started (1-based)
     */
    record CaughtMail(int index, String from, String to, String subject, java.time.Instant sentAt,
                      String textBody, String htmlBody) {
    }
}
