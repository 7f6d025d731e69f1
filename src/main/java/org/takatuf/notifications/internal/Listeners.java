package org.takatuf.notifications.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.takatuf.community.EventReminderDue;
import org.takatuf.community.GroupJoinApproved;
import org.takatuf.community.GroupJoinRequested;
import org.takatuf.community.RegistrationPromoted;
import org.takatuf.engagement.CommentReplied;
import org.takatuf.engagement.MemberMentioned;
import org.takatuf.identity.MemberId;
import org.takatuf.moderation.ModerationDecided;
import org.takatuf.volunteering.HoursApproved;

/**
 * What becomes a notification. Each listener runs after the commit of the event's transaction, in its
 * own transaction, and is retried by the event publication registry if it fails. Volunteering already
 * mails its own notices (sign-ups, invitations); only approved hours are added here, to the inbox.
 */
@Component
class Listeners {

    private final Inbox inbox;
    private final org.takatuf.giving.Donors donors;
    private final org.takatuf.engagement.Followers followers;

    Listeners(Inbox inbox, org.takatuf.giving.Donors donors, org.takatuf.engagement.Followers followers) {
        this.inbox = inbox;
        this.donors = donors;
        this.followers = followers;
    }

    /** The organiser's update reaches every donor (anonymous ones too) and every follower of the campaign, once each. */
    @ApplicationModuleListener
    void on(org.takatuf.campaigns.CampaignUpdatePosted e) {
        java.util.Set<java.util.UUID> readers = new java.util.LinkedHashSet<>(donors.memberIdsOf(e.campaignId()));
        readers.addAll(followers.of("campaign", e.campaignId().toString()));
        for (java.util.UUID member : readers) {
            inbox.notify(member, NotificationType.CAMPAIGN_UPDATE, "campaign-update:" + e.updateId(), e.link(), e.title());
        }
    }

    @ApplicationModuleListener
    void on(ModerationDecided e) {
        // a hidden thing's own page is 404 to its author too (mostly): the notice leads to the appeal instead
        inbox.notify(e.author(), NotificationType.MODERATION_DECISION, "moderation:" + e.item(),
                e.appealPath() != null ? e.appealPath() : e.link(), e.note());
    }

    @ApplicationModuleListener
    void on(CommentReplied e) {
        // grouped by the comment replied to: "3 new replies to your comment"
        inbox.notify(e.parentAuthor().value(), NotificationType.COMMENT_REPLY, "comment:" + e.parent(), e.link(), e.replierName());
    }

    @ApplicationModuleListener
    void on(MemberMentioned e) {
        inbox.notify(e.mentioned().value(), NotificationType.MENTION, "comment:" + e.comment(), e.link(), e.byName());
    }

    @ApplicationModuleListener
    void on(GroupJoinRequested e) {
        for (MemberId decider : e.deciders()) {
            inbox.notify(decider.value(), NotificationType.GROUP_REQUEST, "group:" + e.group(), "/groups/" + e.slug(),
                    e.groupName(), e.requesterName());
        }
    }

    @ApplicationModuleListener
    void on(GroupJoinApproved e) {
        inbox.notify(e.member().value(), NotificationType.GROUP_APPROVED, "group:" + e.group(), "/groups/" + e.slug(), e.groupName());
    }

    @ApplicationModuleListener
    void on(RegistrationPromoted e) {
        inbox.notify(e.member().value(), NotificationType.EVENT_PROMOTED, "event:" + e.event(), "/events/" + e.event(), e.title());
    }

    @ApplicationModuleListener
    void on(EventReminderDue e) {
        inbox.notify(e.member().value(), NotificationType.EVENT_REMINDER, "event:" + e.event(), "/events/" + e.event(), e.title());
    }

    /** A volunteer assigned to a humanitarian case (no detail of the case: it stays with the organisation). */
    @ApplicationModuleListener
    void on(org.takatuf.cases.CaseVolunteerAssigned e) {
        inbox.notify(e.volunteer().value(), NotificationType.CASE_ASSIGNED, "cases-assigned", "/me/volunteering");
    }

    @ApplicationModuleListener
    void on(HoursApproved e) {
        inbox.notify(e.volunteer().value(), NotificationType.HOURS_APPROVED, "hours", "/me/volunteering",
                java.math.BigDecimal.valueOf(e.minutes()).divide(java.math.BigDecimal.valueOf(60), 1, java.math.RoundingMode.HALF_UP)
                        .stripTrailingZeros().toPlainString());
    }
}
