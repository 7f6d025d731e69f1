package org.takatuf.notifications.internal;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of notification, each with its default delivery. Defaults are chosen against noise: only
 * what needs the member soon (a reply, a mention, a join request to decide, a place that opened up,
 * tomorrow's event) comes by e-mail at once; the rest waits in the inbox.
 */
public enum NotificationType {
    COMMENT_REPLY("engagement.reply", Delivery.INSTANT),
    MENTION("engagement.mention", Delivery.INSTANT),
    GROUP_REQUEST("community.join-request", Delivery.DAILY),
    GROUP_APPROVED("community.join-approved", Delivery.INBOX),
    EVENT_PROMOTED("community.promoted", Delivery.INSTANT),
    EVENT_REMINDER("community.reminder", Delivery.INSTANT),
    HOURS_APPROVED("volunteering.hours-approved", Delivery.INBOX),
    /** Moderation sends its own e-mail (with the appeal link) whatever the settings: the inbox is enough here. */
    MODERATION_DECISION("moderation.decision", Delivery.INBOX),
    CAMPAIGN_UPDATE("campaign-update", Delivery.INSTANT),
    /** Cases mails the volunteer itself (with the organisation's name): the inbox keeps the trace. */
    CASE_ASSIGNED("cases.assigned", Delivery.INBOX);

    public final String key;
    public final Delivery byDefault;

    NotificationType(String key, Delivery byDefault) {
        this.key = key;
        this.byDefault = byDefault;
    }

    public static Optional<NotificationType> ofKey(String key) {
        return Arrays.stream(values()).filter(t -> t.key.equals(key)).findFirst();
    }

    /** The message key of this type's text ({@code notifications.type.<key>.text}). */
    public String messageKey() {
        return "notifications.type." + key;
    }

    public enum Delivery {
        /** Not even in the inbox. */
        OFF,
        /** In the inbox only. */
        INBOX,
        /** In the inbox and by e-mail at once. */
        INSTANT,
        /** In the inbox, and in one e-mail a day. */
        DAILY,
        /** In the inbox, and in one e-mail a week. */
        WEEKLY
    }
}
