package org.takatuf.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.takatuf.community.internal.Events;
import org.takatuf.core.UserInputException;
import org.takatuf.core.activity.ActivityPublished;
import org.takatuf.engagement.internal.Comments;
import org.takatuf.engagement.internal.Feed;
import org.takatuf.engagement.internal.Follows;
import org.takatuf.identity.CurrentMember;
import org.takatuf.support.Eventually;
import org.takatuf.support.IntegrationTest;
import org.takatuf.support.TestData;
import org.takatuf.volunteering.VolunteeringFixtures;
import org.takatuf.volunteering.VolunteeringTestConfiguration;

@IntegrationTest
@Import(VolunteeringTestConfiguration.class)
class EngagementIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    VolunteeringFixtures fixtures;
    @Autowired
    Comments comments;
    @Autowired
    Follows follows;
    @Autowired
    Feed feed;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Events events;

    private UUID publicEvent() {
        return CommentTargetsForTests.publicEvent(events, fixtures.member("منظّم"));
    }

    private UUID commentOn(CurrentMember author, UUID target, String body) {
        return comments.post(author, new Comments.Draft("event", target, null, body, null, null));
    }

    @Test
    void theThreadFragmentShowsCommentsAndRepliesToAnyone() throws Exception {
        CurrentMember a = fixtures.member("هالة");
        CurrentMember b = fixtures.member("طارق");
        UUID target = publicEvent();
        UUID root = commentOn(a, target, "من سيأتي لجري الجمعة؟ #عدائو_القاهرة");
        comments.post(b, new Comments.Draft("event", target, root, "أنا قادم إن شاء الله", null, null));
        mvc.perform(get("/engage/comments").param("type", "event").param("id", target.toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("من سيأتي لجري الجمعة؟")))
                .andExpect(content().string(containsString("أنا قادم إن شاء الله")))
                .andExpect(content().string(containsString("تعليقان")))
                .andExpect(content().string(not(containsString("<html"))));
        mvc.perform(get("/engage/comments").param("type", "event").param("id", target.toString()).param("lang", "en"))
                .andExpect(content().string(containsString("2 comments")));
        mvc.perform(get("/engage/comments").param("type", "nonsense").param("id", target.toString())).andExpect(status().isNotFound());
        mvc.perform(get("/engage/comments").param("type", "event").param("id", "not-a-uuid")).andExpect(status().isBadRequest());
    }

    @Test
    void postingWithHtmxAnswersTheFragmentAndADoubleSubmitCreatesOneComment() throws Exception {
        CurrentMember a = fixtures.member("منى");
        UUID target = publicEvent();
        String key = UUID.randomUUID().toString();
        for (int i = 0; i < 2; i++) {
            mvc.perform(post("/engage/comments").with(user(a)).with(csrf()).header("HX-Request", "true")
                            .param("type", "event").param("id", target.toString()).param("body", "شكرًا للمنظمين #شير_في_الخير")
                            .param("requestKey", key))
                    .andExpect(status().isOk()).andExpect(content().string(containsString("شكرًا للمنظمين")));
        }
        assertThat(comments.thread("event", target, a)).hasSize(1);
        // without JavaScript: a redirect back to the target's page
        mvc.perform(post("/engage/comments").with(user(a)).with(csrf()).param("type", "event").param("id", target.toString())
                        .param("body", "تعليق ثانٍ"))
                .andExpect(status().is3xxRedirection()).andExpect(header().string("Location", "/events/" + target + "#comments"));
    }

    @Test
    void anEmptyOrTooLongCommentIsRefusedWithTheTextKept() throws Exception {
        CurrentMember a = fixtures.member("رحاب");
        UUID target = publicEvent();
        String tooLong = "خ".repeat(Comments.MAX_LENGTH + 1);
        mvc.perform(post("/engage/comments").with(user(a)).with(csrf()).header("HX-Request", "true")
                        .param("type", "event").param("id", target.toString()).param("body", tooLong))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("التعليق أطول من")))
                .andExpect(content().string(containsString(tooLong)));
        mvc.perform(post("/engage/comments").with(user(a)).with(csrf()).param("type", "event").param("id", target.toString()).param("body", "   "))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("اكتب نص التعليق")));
        mvc.perform(post("/engage/comments").with(user(a)).param("type", "event").param("id", target.toString()).param("body", "بلا رمز"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/engage/comments").with(csrf()).param("type", "event").param("id", target.toString()).param("body", "مجهول"))
                .andExpect(status().is3xxRedirection()).andExpect(header().string("Location", containsString("/login")));
        assertThat(comments.thread("event", target, a)).isEmpty();
    }

    @Test
    void memberBCannotEditOrDeleteMemberAsComment() throws Exception {
        CurrentMember a = fixtures.member("علياء");
        CurrentMember b = fixtures.member("بدر");
        UUID target = publicEvent();
        UUID id = commentOn(a, target, "تعليق علياء الأصلي");
        mvc.perform(post("/engage/comments/{id}/edit", id).with(user(b)).with(csrf()).param("body", "عبث بدر"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/engage/comments/{id}/delete", id).with(user(b)).with(csrf())).andExpect(status().isNotFound());
        assertThat(comments.thread("event", target, a)).singleElement()
                .satisfies(c -> assertThat(c.body()).isEqualTo("تعليق علياء الأصلي"));
        // B's page shows no edit or delete button for A's comment; A's does
        mvc.perform(get("/engage/comments").param("type", "event").param("id", target.toString()).with(user(b)))
                .andExpect(content().string(not(containsString("/engage/comments/" + id + "/delete"))));
        mvc.perform(get("/engage/comments").param("type", "event").param("id", target.toString()).with(user(a)))
                .andExpect(content().string(containsString("/engage/comments/" + id + "/delete")));
        mvc.perform(post("/engage/comments/{id}/edit", id).with(user(a)).with(csrf()).param("body", "تعليق علياء بعد التعديل"))
                .andExpect(status().is3xxRedirection());
        assertThat(comments.thread("event", target, a).getFirst().edited()).isTrue();
        mvc.perform(post("/engage/comments/{id}/delete", id).with(user(a)).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(comments.thread("event", target, a)).isEmpty();
    }

    @Test
    void reactionsToggleAndCountOncePerMember() throws Exception {
        CurrentMember a = fixtures.member("سلمى");
        CurrentMember b = fixtures.member("زياد");
        UUID target = publicEvent();
        UUID id = commentOn(a, target, "جزاكم الله خيرًا");
        comments.react(b, id, "support");
        comments.react(a, id, "SUPPORT");
        assertThat(comments.thread("event", target, b).getFirst().reactions()).containsEntry("SUPPORT", 2);
        comments.react(b, id, "SUPPORT");
        assertThat(comments.thread("event", target, b).getFirst().reactions()).containsEntry("SUPPORT", 1);
        assertThatThrownBy(() -> comments.react(b, id, "ANGRY")).isInstanceOf(UserInputException.class);
        mvc.perform(post("/engage/comments/{id}/react", id).with(user(b)).with(csrf()).param("kind", "<script>"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void anOrganisationsFirstAnswerIsTimedAsItsResponseTime() throws Exception {
        CurrentMember asker = fixtures.member("سائل");
        CurrentMember staff = fixtures.member("موظفة الجمعية");
        var organisation = fixtures.verifiedOrganisation(staff);
        UUID target = publicEvent();
        UUID question = commentOn(asker, target, "متى يبدأ توزيع السلال؟");
        comments.post(staff, new Comments.Draft("event", target, question, "السبت القادم", null, organisation.getId()));
        comments.post(staff, new Comments.Draft("event", target, question, "وفي الأحد أيضًا", null, organisation.getId()));
        assertThat(comments.responseTime(organisation.getId())).hasValueSatisfying(r -> assertThat(r.answers()).isEqualTo(1));
        mvc.perform(get("/engage/organisations/{id}/response-time", organisation.getId()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("تردّ هذه الجهة على التعليقات عادةً خلال")));
        // someone who is not in the organisation cannot answer in its name
        assertThatThrownBy(() -> comments.post(asker, new Comments.Draft("event", target, question, "أنا الجمعية", null, organisation.getId())))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void hashtagPagesGatherAllSpellingsAndCanBeFollowed() throws Exception {
        CurrentMember a = fixtures.member("أكرم");
        String unique = "وسم" + TestData.suffix().replaceAll("[^0-9]", "");
        UUID target = publicEvent();
        commentOn(a, target, "#كلنا_أكرم_" + unique + " صوت واحد يكفي");
        commentOn(a, target, "#كلنا_اكرم_" + unique + " وصلت القصة");
        String key = "كلنا_اكرم_" + unique;
        Eventually.until(() -> feed.taggedCount(key), n -> n == 2);
        String page = "/tags/" + URLEncoder.encode(key, StandardCharsets.UTF_8);
        mvc.perform(get("/tags/{t}", key)).andExpect(status().isOk())
                .andExpect(content().string(containsString("صوت واحد يكفي")))
                .andExpect(content().string(containsString("وصلت القصة")))
                .andExpect(content().string(containsString("og:title")));
        // another spelling redirects to the one address of the tag
        mvc.perform(get("/tags/{t}", "كلنا_أكرم_" + unique))
                .andExpect(status().is3xxRedirection()).andExpect(header().string("Location", page));
        mvc.perform(get("/tags/{t}", "ليس وسمًا")).andExpect(status().isNotFound());
        CurrentMember b = fixtures.member("متابعة");
        mvc.perform(post("/tags/{t}/follow", key).with(user(b)).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(follows.follows(b.id(), "tag", key)).isTrue();
        mvc.perform(get("/tags/{t}", key).with(user(b))).andExpect(content().string(containsString("إلغاء المتابعة")));
    }

    @Test
    void theFeedShowsWhatIsFollowedOncePerThingNewestFirstAndPages() throws Exception {
        CurrentMember reader = fixtures.member("قارئ");
        CurrentMember writer = fixtures.member("كاتب");
        String tag = "وسم" + TestData.suffix().replaceAll("[^0-9]", "");
        follows.follow(reader.id(), "member", writer.uuid().toString(), writer.displayName());
        follows.follow(reader.id(), "tag", tag, "#" + tag);
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        for (int i = 0; i < 25; i++) {
            // filed under the writer and under the tag: the feed still shows it once
            feed.record(new ActivityPublished(UUID.randomUUID(), "community.post", List.of(ActivityPublished.Source.member(writer.uuid())),
                    writer.uuid(), "", "منشور رقم " + i + " #" + tag, "/groups/posts/" + i, start.plusSeconds(i)));
        }
        Feed.Page first = feed.of(reader.id(), null);
        assertThat(first.entries()).hasSize(Feed.PAGE_SIZE);
        assertThat(first.entries().getFirst().excerpt()).startsWith("منشور رقم 24");
        assertThat(first.next()).isNotNull();
        Feed.Page second = feed.of(reader.id(), first.next());
        assertThat(second.entries()).extracting(Feed.Entry::excerpt).hasSize(5).last().asString().startsWith("منشور رقم 0");
        assertThat(second.next()).isNull();
        mvc.perform(get("/feed").with(user(reader))).andExpect(status().isOk()).andExpect(content().string(containsString("منشور رقم 24")));
        mvc.perform(get("/feed").param("before", "garbage").with(user(reader))).andExpect(status().isOk());
        assertThatThrownBy(() -> follows.follow(reader.id(), "member", reader.uuid().toString(), "")).isInstanceOf(UserInputException.class);
        mvc.perform(post("/follows").with(user(reader)).with(csrf()).param("type", "planet").param("key", UUID.randomUUID().toString()))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/follows").with(user(reader)).with(csrf()).param("type", "group").param("key", UUID.randomUUID().toString())
                .param("back", "//evil.example")).andExpect(header().string("Location", "/feed"));
    }

    @Test
    void mentionsOfAMemberPublishAnEventForThem() throws Exception {
        CurrentMember named = fixtures.member("نور السيد " + TestData.suffix().replaceAll("[^0-9]", ""));
        CurrentMember writer = fixtures.member("شاكر");
        UUID target = publicEvent();
        String handle = Comments.handle(named.displayName());
        UUID id = commentOn(writer, target, "شكرًا @" + handle + " على التنظيم");
        assertThat(handle).contains("_");
        Long events = jdbc.sql("SELECT count(*) FROM event_publication WHERE event_type LIKE '%MemberMentioned' AND serialized_event LIKE ?")
                .param("%" + id + "%").query(Long.class).single();
        assertThat(events).isEqualTo(1);
    }
}
