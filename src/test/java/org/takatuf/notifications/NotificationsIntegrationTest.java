package org.takatuf.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.takatuf.community.internal.Events;
import org.takatuf.community.internal.Groups;
import org.takatuf.engagement.internal.Comments;
import org.takatuf.identity.CurrentMember;
import org.takatuf.notifications.internal.Digests;
import org.takatuf.notifications.internal.Inbox;
import org.takatuf.notifications.internal.NotificationType;
import org.takatuf.notifications.internal.UnsubscribeLinks;
import org.takatuf.platform.MailCatcher;
import org.takatuf.support.Eventually;
import org.takatuf.support.IntegrationTest;
import org.takatuf.support.TestData;
import org.takatuf.volunteering.VolunteeringFixtures;
import org.takatuf.volunteering.VolunteeringTestConfiguration;

@IntegrationTest
@Import(VolunteeringTestConfiguration.class)
class NotificationsIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    VolunteeringFixtures fixtures;
    @Autowired
    Comments comments;
    @Autowired
    Groups groups;
    @Autowired
    Inbox inbox;
    @Autowired
    Digests digests;
    @Autowired
    UnsubscribeLinks links;
    @Autowired
    MailCatcher mail;
    @Autowired
    Events events;
    @Autowired
    org.takatuf.volunteering.MutableClock clock;

    private static final String FSI = "\u2068";
    private static final String PDI = "\u2069";

    /** The notification e-mails to an address (the sign-up's verification mail left out). */
    private List<MailCatcher.CaughtMail> notificationMails(String address) {
        return mail.messagesTo(address).stream().filter(m -> m.textBody().contains("/notifications/")).toList();
    }

    private UUID reply(CurrentMember who, UUID target, UUID parent, String body) {
        return comments.post(who, new Comments.Draft("event", target, parent, body, null, null));
    }

    @Test
    void repliesAreGroupedInTheInboxAndMailedOnceUntilRead() throws Exception {
        CurrentMember author = fixtures.member("كاتبة التعليق");
        UUID target = org.takatuf.engagement.CommentTargetsForTests.publicEvent(events, author);
        UUID root = reply(author, target, null, "هل من مكان لسيارتي؟");
        for (String name : List.of("أول", "ثان", "ثالث")) {
            reply(fixtures.member("مجيب " + name), target, root, "نعم عند البوابة");
        }
        List<Inbox.Notification> items = Eventually.until(() -> inbox.recent(author.uuid(), 10), l -> !l.isEmpty() && l.getFirst().count() == 3);
        assertThat(items).hasSize(1);
        assertThat(inbox.unread(author.uuid())).isEqualTo(3);
        assertThat(notificationMails(author.email())).hasSize(1).first().satisfies(m -> {
            assertThat(m.subject()).contains("على تعليقك");
            assertThat(m.textBody()).contains("/notifications/unsubscribe?m=" + author.uuid() + "&t=COMMENT_REPLY");
            assertThat(m.htmlBody()).contains("أوقف هذه الرسائل");
        });
        mvc.perform(get("/notifications").with(user(author))).andExpect(status().isOk())
                .andExpect(content().string(containsString("3 ردود جديدة على تعليقك")));
        mvc.perform(get("/notifications").with(user(author)).param("lang", "en"))
                .andExpect(content().string(containsString("3 new replies to your comment")));
        // the replier's name is bidi-isolated where the sentence is rendered (inbox in both languages, the mail),
        // while the stored argument stays as typed
        assertThat(items.getFirst().arguments()).hasSize(1);
        assertThat(items.getFirst().arguments()[0]).startsWith("مجيب ").doesNotContain(FSI).doesNotContain(PDI);
        mvc.perform(get("/notifications").with(user(author)))
                .andExpect(content().string(containsString("آخرها من " + FSI + "مجيب ")));
        mvc.perform(get("/notifications").with(user(author)).param("lang", "en"))
                .andExpect(content().string(containsString("the last from " + FSI + "مجيب ")));
        assertThat(notificationMails(author.email()).getFirst()).satisfies(m -> {
            assertThat(m.textBody()).contains(FSI + "كاتبة التعليق" + PDI);
            assertThat(m.htmlBody()).contains(FSI + "كاتبة التعليق" + PDI);
            assertThat(m.subject()).contains("ردّ " + FSI + "مجيب ").contains(PDI + " على تعليقك");
            assertThat(m.textBody()).contains("ردّ " + FSI + "مجيب ").contains(PDI + " على تعليقك");
            assertThat(m.htmlBody()).contains("ردّ " + FSI + "مجيب ").contains(PDI + " على تعليقك");
        });
        mvc.perform(get("/notifications/count").with(user(author))).andExpect(content().string(containsString("unread-count")));
        // another member cannot open (and mark read) this notification by its id
        CurrentMember other = fixtures.member("فضولي");
        mvc.perform(post("/notifications/{id}/open", items.getFirst().id()).with(user(other)).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(post("/notifications/{id}/open", items.getFirst().id()).with(user(author)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(header().string("Location", containsString("/events/" + target)));
        assertThat(inbox.unread(author.uuid())).isZero();
        // once read, a new reply starts a new group and mails again
        reply(fixtures.member("رابع"), target, root, "وعند الباب الخلفي");
        Eventually.until(() -> notificationMails(author.email()).size(), n -> n == 2);
        // one's own reply to one's own comment notifies nobody
        reply(author, target, root, "شكرًا لكم");
        assertThat(inbox.unread(author.uuid())).isEqualTo(1);
    }

    @Test
    void aDigestPreferenceSendsOneDailyEmailInsteadOfEachAndNotTwice() throws Exception {
        CurrentMember author = fixtures.member("قارئة الملخص");
        mvc.perform(post("/notifications/preferences").with(user(author)).with(csrf()).param("type.COMMENT_REPLY", "DAILY"))
                .andExpect(status().is3xxRedirection());
        assertThat(inbox.preference(author.uuid(), NotificationType.COMMENT_REPLY)).isEqualTo(NotificationType.Delivery.DAILY);
        UUID target = org.takatuf.engagement.CommentTargetsForTests.publicEvent(events, author);
        UUID root = reply(author, target, null, "سؤال");
        reply(fixtures.member("مجيب"), target, root, "جواب");
        Eventually.until(() -> inbox.unread(author.uuid()), n -> n == 1);
        assertThat(notificationMails(author.email())).isEmpty();
        assertThat(digests.send("DAILY")).isGreaterThanOrEqualTo(1);
        assertThat(notificationMails(author.email())).hasSize(1).first().satisfies(m -> {
            assertThat(m.subject()).contains("ملخص اليوم");
            // the digest's lines isolate the names too
            assertThat(m.textBody()).contains("ردّ " + FSI + "مجيب" + PDI + " على تعليقك");
            assertThat(m.htmlBody()).contains("ردّ " + FSI + "مجيب" + PDI + " على تعليقك");
        });
        digests.send("DAILY");
        assertThat(notificationMails(author.email())).hasSize(1);
        mvc.perform(post("/notifications/preferences").with(user(author)).with(csrf()).param("type.COMMENT_REPLY", "LOUD"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void theUnsubscribeLinkWorksWithoutSigningInAndCannotBeForged() throws Exception {
        CurrentMember member = fixtures.member("مشترك");
        String signature = links.signature(member.uuid(), "COMMENT_REPLY");
        mvc.perform(get("/notifications/unsubscribe").param("m", member.uuid().toString()).param("t", "COMMENT_REPLY").param("s", signature))
                .andExpect(status().isOk()).andExpect(content().string(containsString("أوقف الرسائل")));
        assertThat(inbox.preference(member.uuid(), NotificationType.COMMENT_REPLY)).isEqualTo(NotificationType.Delivery.INSTANT);
        CurrentMember other = fixtures.member("آخر");
        mvc.perform(get("/notifications/unsubscribe").param("m", other.uuid().toString()).param("t", "COMMENT_REPLY").param("s", signature))
                .andExpect(status().isNotFound());
        mvc.perform(get("/notifications/unsubscribe")).andExpect(status().isBadRequest());
        mvc.perform(post("/notifications/unsubscribe").with(csrf()).param("m", member.uuid().toString()).param("t", "COMMENT_REPLY")
                .param("s", signature)).andExpect(status().isOk()).andExpect(content().string(containsString("أُوقفت الرسائل")));
        assertThat(inbox.preference(member.uuid(), NotificationType.COMMENT_REPLY)).isEqualTo(NotificationType.Delivery.INBOX);
        // RFC 8058 one-click from a mail client: no session, no CSRF token
        mvc.perform(post("/notifications/one-click-unsubscribe").param("m", member.uuid().toString()).param("t", "all")
                .param("s", links.signature(member.uuid(), "all")).param("List-Unsubscribe", "One-Click")).andExpect(status().isOk());
        assertThat(inbox.preference(member.uuid(), NotificationType.EVENT_REMINDER)).isEqualTo(NotificationType.Delivery.INBOX);
    }

    @Test
    void groupAdminsHearOfRequestsAndTheMemberOfTheDecision() {
        CurrentMember admin = fixtures.member("مديرة " + TestData.suffix());
        CurrentMember asker = fixtures.member("طالبة");
        Groups.Group g = groups.create(admin, new Groups.Form("رائدات " + TestData.suffix(), "", "", "", "PUBLIC", true), null);
        groups.join(asker, g.slug(), "");
        Eventually.until(() -> inbox.recent(admin.uuid(), 5), l -> l.stream().anyMatch(n -> n.type() == NotificationType.GROUP_REQUEST));
        groups.decide(admin, g.slug(), asker.uuid(), true);
        Eventually.until(() -> inbox.recent(asker.uuid(), 5), l -> l.stream().anyMatch(n -> n.type() == NotificationType.GROUP_APPROVED));
        // group requests default to the daily digest: no instant e-mail to the admin
        assertThat(notificationMails(admin.email())).isEmpty();
    }

    @Test
    void aReminderComesOnceADayBeforeTheEventAndAFreedPlaceIsAnnounced() throws Exception {
        CurrentMember organiser = fixtures.member("منظم الجري");
        CurrentMember runner = fixtures.member("عداء");
        CurrentMember waiting = fixtures.member("منتظر");
        java.time.LocalDate friday = java.time.LocalDate.now(java.time.ZoneId.of("Africa/Cairo")).plusDays(10);
        UUID event = events.create(organiser, new Events.Form("جري التذكير " + TestData.suffix(), "", "حديقة الأزهر", null, friday,
                java.time.LocalTime.of(6, 30), 60, 1, null, 1, "Africa/Cairo")).getFirst();
        events.register(runner, event);
        events.register(waiting, event);
        try {
            Events.Event e = events.find(event).orElseThrow();
            clock.advance(java.time.Duration.between(clock.instant(), e.startsAt().minus(java.time.Duration.ofHours(12))));
            assertThat(events.sendReminders()).isGreaterThanOrEqualTo(1);
            Eventually.until(() -> inbox.recent(runner.uuid(), 5), l -> l.stream().anyMatch(n -> n.type() == NotificationType.EVENT_REMINDER));
            assertThat(notificationMails(runner.email())).hasSize(1).first().satisfies(m -> assertThat(m.subject()).contains("تذكير"));
            // once only, and never to the waitlist
            events.sendReminders();
            assertThat(inbox.recent(runner.uuid(), 5)).filteredOn(n -> n.type() == NotificationType.EVENT_REMINDER).singleElement()
                    .satisfies(n -> assertThat(n.count()).isEqualTo(1));
            assertThat(inbox.recent(waiting.uuid(), 5)).noneMatch(n -> n.type() == NotificationType.EVENT_REMINDER);
            events.cancel(runner, event);
            Eventually.until(() -> inbox.recent(waiting.uuid(), 5), l -> l.stream().anyMatch(n -> n.type() == NotificationType.EVENT_PROMOTED));
        } finally {
            clock.reset();
        }
    }

    @Test
    void theInboxIsSignedInOnly() throws Exception {
        mvc.perform(get("/notifications")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/notifications/count")).andExpect(status().is3xxRedirection());
    }
}
