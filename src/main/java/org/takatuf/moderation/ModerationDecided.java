package org.takatuf.moderation;

import java.util.UUID;

/**
 * A moderator decided about a reported or held thing. {@code action} is {@code hide}, {@code restore} or
 * {@code dismiss}; {@code note} is the moderator's reason, sent to {@code author} (null when the thing has
 * no single author); {@code link} is the thing's page; {@code appealPath} is where the author may appeal a hide (null otherwise). The
 * notifications module may listen to it for the in-app notice; the e-mail is sent by moderation itself.
 */
public record ModerationDecided(UUID item, String type, UUID target, UUID author, String action, String note,
                                String appealPath, String link) {
}
