package org.takatuf.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.takatuf.community.internal.Events;
import org.takatuf.community.internal.Groups;
import org.takatuf.core.ConflictException;
import org.takatuf.core.UserInputException;
import org.takatuf.identity.CurrentMember;
import org.takatuf.support.IntegrationTest;
import org.takatuf.support.TestData;
import org.takatuf.volunteering.VolunteeringFixtures;
import org.takatuf.volunteering.VolunteeringTestConfiguration;

@IntegrationTest
@Import(VolunteeringTestConfiguration.class)
class CommunityIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    VolunteeringFixtures fixtures;
    @Autowired
    Groups groups;
    @Autowired
    Events events;
    @Autowired
    org.takatuf.volunteering.MutableClock clock;

    static LocalDate nextFriday() {
        return LocalDate.now(ZoneId.of("Africa/Cairo")).with(TemporalAdjusters.next(DayOfWeek.FRIDAY));
    }

    Groups.Group group(CurrentMember admin, String visibility, boolean womenOnly) {
        return groups.create(admin, new Groups.Form("عدّاؤون " + TestData.suffix(), "نجري كل جمعة", "احترم الطريق", "القاهرة", visibility, womenOnly), null);
    }

    Events.Form run(UUID group, int capacity, int weeks) {
        return new Events.Form("جري الجمعة " + TestData.suffix(), "٨ كم", "حديقة الأزهر", null, nextFriday(), LocalTime.of(6, 30), 90,
                capacity, group, weeks, "Africa/Cairo");
    }

    @Test
    void aMemberJoinsAPublicGroupAtOnceAndPostsAndTheGroupShowsInTheListAndApi() throws Exception {
        CurrentMember admin = fixtures.member("مدير المجموعة");
        CurrentMember runner = fixtures.member("عداءة");
        Groups.Group g = group(admin, "PUBLIC", false);
        mvc.perform(post("/groups/{s}/join", g.slug()).with(user(runner)).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(groups.isActiveMember(runner.id(), g.id())).isTrue();
        // joining twice changes nothing
        mvc.perform(post("/groups/{s}/join", g.slug()).with(user(runner)).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(groups.find(g.slug()).orElseThrow().memberCount()).isEqualTo(2);
        mvc.perform(post("/groups/{s}/posts", g.slug()).with(user(runner)).with(csrf()).param("body", "من يجري معي أول مرة؟"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/groups/{s}", g.slug())).andExpect(status().isOk())
                .andExpect(content().string(containsString("من يجري معي أول مرة؟")))
                .andExpect(content().string(containsString("عضوان")))
                .andExpect(content().string(containsString("og:title")));
        mvc.perform(get("/groups").param("q", g.name())).andExpect(status().isOk()).andExpect(content().string(containsString(g.name())));
        mvc.perform(get("/api/v1/groups").param("q", g.name())).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].slug").value(g.slug())).andExpect(jsonPath("$[0].members").value(2));
        CurrentMember outsider = fixtures.member("غريب");
        assertThatThrownBy(() -> groups.post(outsider, g.slug(), "لست عضوًا")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aWomenOnlyGroupIsJoinedOnRequestDecidedByItsAdmins() throws Exception {
        CurrentMember admin = fixtures.member("رانيا");
        CurrentMember asker = fixtures.member("صاحبة مشروع");
        CurrentMember other = fixtures.member("عضو آخر");
        Groups.Group g = group(admin, "PUBLIC", true);
        mvc.perform(post("/groups/{s}/join", g.slug()).with(user(asker)).with(csrf()).param("note", "أصنع الصابون في البيت"))
                .andExpect(status().is3xxRedirection());
        assertThat(groups.membership(asker.id(), g.id())).hasValueSatisfying(m -> assertThat(m.active()).isFalse());
        mvc.perform(get("/groups/{s}", g.slug()).with(user(admin))).andExpect(content().string(containsString("أصنع الصابون في البيت")));
        // a member who is not an admin or moderator cannot decide, nor see the requests
        groups.join(other, g.slug(), "");
        assertThatThrownBy(() -> groups.decide(other, g.slug(), asker.uuid(), true)).isInstanceOf(AccessDeniedException.class);
        mvc.perform(post("/groups/{s}/requests/{m}", g.slug(), asker.uuid()).with(user(other)).with(csrf()).param("approve", "true"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/groups/{s}/requests/{m}", g.slug(), asker.uuid()).with(user(admin)).with(csrf()).param("approve", "true"))
                .andExpect(status().is3xxRedirection());
        assertThat(groups.isActiveMember(asker.id(), g.id())).isTrue();
        assertThatThrownBy(() -> groups.decide(admin, g.slug(), asker.uuid(), true)).isInstanceOf(org.takatuf.core.NotFoundException.class);
    }

    @Test
    void aPrivateGroupsPostsAndEventsAreForItsMembersOnly() throws Exception {
        CurrentMember admin = fixtures.member("مشرفة");
        CurrentMember outsider = fixtures.member("خارجي");
        Groups.Group g = group(admin, "PRIVATE", false);
        UUID post = groups.post(admin, g.slug(), "منشور خاص بالأعضاء");
        UUID event = events.create(admin, run(g.id(), 10, 1)).getFirst();
        mvc.perform(get("/groups/{s}", g.slug()).with(user(outsider))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("منشور خاص بالأعضاء"))))
                .andExpect(content().string(containsString("لأعضائها فقط")));
        mvc.perform(get("/groups/posts/{id}", post).with(user(outsider))).andExpect(status().isNotFound());
        mvc.perform(get("/events/{id}", event).with(user(outsider))).andExpect(status().isNotFound());
        mvc.perform(get("/events/{id}/calendar.ics", event)).andExpect(status().isNotFound());
        assertThatThrownBy(() -> events.register(outsider, event)).isInstanceOf(org.takatuf.core.NotFoundException.class);
        assertThat(events.upcoming(0, 1000)).extracting(Events.Event::id).doesNotContain(event);
        mvc.perform(get("/groups/posts/{id}", post).with(user(admin))).andExpect(status().isOk());
    }

    @Test
    void theLastAdminCannotLeaveAndOnlyAdminsGiveRoles() {
        CurrentMember admin = fixtures.member("المؤسس");
        CurrentMember member = fixtures.member("عضو");
        Groups.Group g = group(admin, "PUBLIC", false);
        groups.join(member, g.slug(), "");
        assertThatThrownBy(() -> groups.leave(admin, g.slug())).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> groups.changeRole(member, g.slug(), member.uuid(), "ADMIN")).isInstanceOf(AccessDeniedException.class);
        groups.changeRole(admin, g.slug(), member.uuid(), "MODERATOR");
        assertThat(groups.membership(member.id(), g.id()).orElseThrow().canModerate()).isTrue();
        assertThatThrownBy(() -> groups.changeRole(admin, g.slug(), member.uuid(), "KING")).isInstanceOf(UserInputException.class);
    }

    @Test
    void registrationFillsPlacesThenTheWaitlistAndACancellationPromotesTheFirstWaiting() throws Exception {
        CurrentMember organiser = fixtures.member("منظم");
        Groups.Group g = group(organiser, "PUBLIC", false);
        UUID event = events.create(organiser, run(g.id(), 2, 1)).getFirst();
        CurrentMember a = fixtures.member("أ");
        CurrentMember b = fixtures.member("ب");
        CurrentMember c = fixtures.member("ج");
        mvc.perform(post("/events/{id}/register", event).with(user(a)).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(post("/events/{id}/register", event).with(user(a)).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(events.register(b, event).status()).isEqualTo(Events.Status.CONFIRMED);
        assertThat(events.register(c, event).status()).isEqualTo(Events.Status.WAITLISTED);
        assertThat(events.find(event).orElseThrow().confirmed()).isEqualTo(2);
        mvc.perform(get("/events/{id}", event).with(user(c))).andExpect(content().string(containsString("في قائمة الانتظار")));
        mvc.perform(post("/events/{id}/cancel", event).with(user(a)).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(events.registration(event, c.id()).orElseThrow().status()).isEqualTo(Events.Status.CONFIRMED);
        assertThat(events.find(event).orElseThrow().confirmed()).isEqualTo(2);
        // another member's registration cannot be cancelled by id: cancel acts on one's own only
        mvc.perform(post("/events/{id}/cancel", event).with(user(a)).with(csrf())).andExpect(status().isNotFound());
        // check-in: only the organiser
        assertThatThrownBy(() -> events.checkIn(b, event, c.uuid())).isInstanceOf(AccessDeniedException.class);
        mvc.perform(get("/events/{id}/attendees", event).with(user(b))).andExpect(status().isForbidden());
        mvc.perform(post("/events/{id}/check-in/{m}", event, c.uuid()).with(user(organiser)).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(get("/events/{id}/attendees", event).with(user(organiser))).andExpect(status().isOk())
                .andExpect(content().string(containsString("حضر")));
    }

    @Test
    void aWeeklySeriesMakesOneEventPerWeekWithCalendarFilesAndTheListAndApiShowThem() throws Exception {
        CurrentMember organiser = fixtures.member("كابتن الجري");
        Groups.Group g = group(organiser, "PUBLIC", false);
        List<UUID> ids = events.create(organiser, run(g.id(), 300, 4));
        assertThat(ids).hasSize(4);
        Events.Event first = events.find(ids.get(0)).orElseThrow();
        Events.Event second = events.find(ids.get(1)).orElseThrow();
        assertThat(first.seriesId()).isNotNull().isEqualTo(second.seriesId());
        assertThat(second.startsAt().atZone(first.zone()).toLocalTime()).isEqualTo(LocalTime.of(6, 30));
        assertThat(second.startsAt().atZone(first.zone()).getDayOfWeek()).isEqualTo(DayOfWeek.FRIDAY);
        mvc.perform(get("/events/{id}", ids.getFirst())).andExpect(status().isOk())
                .andExpect(content().string(containsString(first.title())))
                .andExpect(content().string(containsString("الجمعة")))
                .andExpect(content().string(containsString("/engage/comments?type=event")));
        mvc.perform(get("/events/{id}/calendar.ics", ids.getFirst())).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("text/calendar")))
                .andExpect(content().string(containsString("SUMMARY:" + first.title())))
                .andExpect(content().string(containsString("LOCATION:حديقة الأزهر")));
        mvc.perform(get("/api/v1/events")).andExpect(status().isOk()).andExpect(content().string(containsString(first.title())));
        mvc.perform(get("/events").param("lang", "en")).andExpect(status().isOk()).andExpect(content().string(containsString("Friday")));
    }

    @Test
    void badEventFormsAreRefusedWithTheTextKept() throws Exception {
        CurrentMember organiser = fixtures.member("منظمة");
        mvc.perform(post("/events").with(user(organiser)).with(csrf()).param("title", "لقاء بلا مكان").param("date", nextFriday().toString())
                        .param("start", "18:00"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("اكتب مكانًا أو رابطًا")))
                .andExpect(content().string(containsString("لقاء بلا مكان")));
        mvc.perform(post("/events").with(user(organiser)).with(csrf()).param("title", "لقاء").param("place", "عمّان")
                        .param("date", "2020-01-01").param("start", "18:00"))
                .andExpect(content().string(containsString("اختر موعدًا في المستقبل")));
        mvc.perform(post("/events").with(user(organiser)).with(csrf()).param("title", "لقاء").param("onlineUrl", "javascript:alert(1)")
                        .param("date", nextFriday().toString()).param("start", "18:00"))
                .andExpect(content().string(containsString("https://")));
        mvc.perform(post("/events").with(user(organiser)).with(csrf()).param("title", "لقاء").param("place", "عمّان")
                        .param("date", "not-a-date").param("start", "18:00"))
                .andExpect(status().isBadRequest());
        // a member who does not moderate the group cannot put an event in it
        CurrentMember admin = fixtures.member("مديرة");
        Groups.Group g = group(admin, "PUBLIC", false);
        assertThatThrownBy(() -> events.create(organiser, run(g.id(), 5, 1))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void photosAfterwardsAreReencodedAndOnlyByTheOrganiser() throws Exception {
        CurrentMember organiser = fixtures.member("مصور");
        Events.Form form = run(null, 5, 1);
        UUID event = events.create(organiser, form).getFirst();
        byte[] png = org.takatuf.support.TestImages.png(40, 30, false);
        // before the event starts: refused
        mvc.perform(multipart("/events/{id}/photos", event).file("photo", png).with(user(organiser)).with(csrf()))
                .andExpect(status().isConflict());
        CurrentMember other = fixtures.member("متطفل");
        mvc.perform(multipart("/events/{id}/photos", event).file("photo", png).with(user(other)).with(csrf()))
                .andExpect(status().isForbidden());
        try {
            clock.advance(java.time.Duration.ofDays(9));
            mvc.perform(multipart("/events/{id}/photos", event).file("photo", png).with(user(organiser)).with(csrf()))
                    .andExpect(status().is3xxRedirection());
            Events.Photo photo = events.photos(event).getFirst();
            mvc.perform(get("/events/{id}/photos/{p}", event, photo.id())).andExpect(status().isOk())
                    .andExpect(header().string("Content-Type", photo.contentType()));
            // the photos' alt text names the event inside a translated sentence: the title is bidi-isolated
            mvc.perform(get("/events/{id}", event)).andExpect(status().isOk())
                    .andExpect(content().string(containsString("alt=\"صورة من فعالية \u2068" + form.title() + "\u2069\"")));
            mvc.perform(multipart("/events/{id}/photos", event).file("photo", "<svg onload=alert(1)>".getBytes())
                    .with(user(organiser)).with(csrf())).andExpect(status().isBadRequest());
        } finally {
            clock.reset();
        }
    }
}
