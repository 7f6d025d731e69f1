package org.takatuf.notifications.internal;

import java.util.Arrays;
import java.util.Optional;

import org.takatuf.core.text.Bidi;

/**
 * The kinds of notification, each with its default delivery. Defaults are chosen against noise: only
 * what needs the member soon (a reply, a mention, a join request to decide, a place that opened up,
 * tomorrow's event) comes by e-mail at once; the rest waits in the inbox.
 * <p>
 * The stored arguments of most types are text people wrote (names, group and event titles, a campaign
 * update's title, a moderator's reason); they are bidi-isolated when the sentence is rendered (the inbox,
 * the instant mail, the digest), never in the stored data. Approved hours carry a number, which needs no marks.
 */
public enum NotificationType {
    COMMENT_REPLY("engagement.reply", Delivery.INSTANT),
    MENTION("engagement.mention", Delivery.INSTANT),
    GROUP_REQUEST("community.join-request", Delivery.DAILY),
    GROUP_APPROVED("community.join-approved", Delivery.INBOX),
    EVENT_PROMOTED("community.promoted", Delivery.INSTANT),
    EVENT_REMINDER("community.reminder", Delivery.INSTANT),
    HOURS_APPROVED("volunteering.hours-approved", Delivery.INBOX, false),
    /** Moderation sends its own e-mail (with the appeal link) whatever the settings: the inbox is enough here. */
    MODERATION_DECISION("moderation.decision", Delivery.INBOX),
    CAMPAIGN_UPDATE("campaign-update", Delivery.INSTANT),
    /** Cases mails the volunteer itself (with the organisation's name): the inbox keeps the trace. */
    CASE_ASSIGNED("cases.assigned", Delivery.INBOX);

    public final String key;
    public final Delivery byDefault;
    /** Whether the stored arguments are text people wrote, to be bidi-isolated inside the sentence. */
    private final boolean userWrittenArguments;

    NotificationType(String key, Delivery byDefault) {
        this(key, byDefault, true);
    }

    NotificationType(String key, Delivery byDefault, boolean userWrittenArguments) {
        this.key = key;
        this.byDefault = byDefault;
        this.userWrittenArguments = userWrittenArguments;
    }

    public static Optional<NotificationType> ofKey(String key) {
        return Arrays.stream(values()).filter(t -> t.key.equals(key)).findFirst();
    }

    /** The message key of this type's text ({@code notifications.type.<key>.text}). */
    public String messageKey() {
        return "notifications.type." + key;
    }

    /**
     * The arguments of {@link #messageKey()}: the count first, then the stored ones, each wrapped in FSI … PDI
     * ({@link Bidi#isolate}) when people wrote them, so that an Arabic name in an English sentence (or a Latin
     * title in an Arabic one) keeps its order. Called wherever the text is rendered, not when it is stored.
     */
    public Object[] messageArguments(int count, Object... stored) {
        Object[] all = new Object[stored.length + 1];
        all[0] = count;
        for (int i = 0; i < stored.length; i++) {
            all[i + 1] = userWrittenArguments ? Bidi.isolate(stored[i]) : stored[i];
        }
        return all;
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
