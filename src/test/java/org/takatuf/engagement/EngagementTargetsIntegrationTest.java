package org.takatuf.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.takatuf.advocacy.AdvocacyFixtures;
import org.takatuf.advocacy.internal.Complaint;
import org.takatuf.advocacy.internal.ComplaintManagement;
import org.takatuf.community.internal.Events;
import org.takatuf.community.internal.Groups;
import org.takatuf.core.NotFoundException;
import org.takatuf.directory.internal.Business;
import org.takatuf.directory.internal.BusinessCategory;
import org.takatuf.directory.internal.BusinessDraft;
import org.takatuf.directory.internal.Directory;
import org.takatuf.directory.internal.DirectoryCity;
import org.takatuf.engagement.internal.Comments;
import org.takatuf.identity.CurrentMember;
import org.takatuf.support.IntegrationTest;
import org.takatuf.support.TestData;
import org.takatuf.volunteering.VolunteeringFixtures;
import org.takatuf.volunteering.VolunteeringTestConfiguration;

/**
 * A comment thread is only as visible as its target: a thread on something that does not exist, or that
 * the reader may not see, is a 404 for reading and for writing, and the redirect goes to the target's real page.
 */
@IntegrationTest
@Import(VolunteeringTestConfiguration.class)
class EngagementTargetsIntegrationTest {

    private static final String AR_404 = "لم نجد الصفحة التي تبحث عنها.";

    @Autowired
    MockMvc mvc;
    @Autowired
    VolunteeringFixtures fixtures;
    @Autowired
    Comments comments;
    @Autowired
    Groups groups;
    @Autowired
    Events events;
    @Autowired
    Directory directory;
    @Autowired
    ComplaintManagement complaints;

    @Test
    void aPrivateGroupsPostThreadIsForItsMembersOnly() throws Exception {
        CurrentMember admin = fixtures.member("مديرة المجموعة الخاصة");
        CurrentMember outsider = fixtures.member("غريب");
        Groups.Group g = groups.create(admin, new Groups.Form("جارات الحي " + TestData.suffix(), "للجارات فقط", "", "عمّان", "PRIVATE", false), null);
        UUID postId = groups.post(admin, g.slug(), "موعد جمع التبرعات السبت");

        // the admin (a member) reads and writes the thread
        mvc.perform(post("/engage/comments").with(user(admin)).with(csrf())
                        .param("type", "post").param("id", postId.toString()).param("body", "سري: المفتاح عند أم أحمد"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/groups/posts/" + postId + "#comments"));
        mvc.perform(get("/engage/comments").with(user(admin)).param("type", "post").param("id", postId.toString()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("المفتاح عند أم أحمد")));

        // an anonymous reader and a signed-in non-member get a 404 reading, and cannot write
        mvc.perform(get("/engage/comments").param("type", "post").param("id", postId.toString()))
                .andExpect(status().isNotFound()).andExpect(content().string(org.hamcrest.Matchers.not(containsString("المفتاح"))));
        mvc.perform(get("/engage/comments").with(user(outsider)).param("type", "post").param("id", postId.toString()))
                .andExpect(status().isNotFound()).andExpect(content().string(org.hamcrest.Matchers.not(containsString("المفتاح"))));
        mvc.perform(post("/engage/comments").with(user(outsider)).with(csrf())
                        .param("type", "post").param("id", postId.toString()).param("body", "أنا هنا"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/engage/comments").with(user(outsider)).with(csrf()).header("HX-Request", "true")
                        .param("type", "post").param("id", postId.toString()).param("body", "أنا هنا"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/engage/shares").param("type", "post").param("id", postId.toString())).andExpect(status().isNotFound());
        mvc.perform(get("/engage/shares").with(user(admin)).param("type", "post").param("id", postId.toString())).andExpect(status().isOk());
        assertThatThrownBy(() -> comments.thread("post", postId, outsider)).isInstanceOf(NotFoundException.class);
        assertThat(comments.thread("post", postId, admin)).singleElement().satisfies(c -> assertThat(c.body()).contains("أم أحمد"));

        // once let in, the new member reads and writes it too
        groups.join(outsider, g.slug(), "جارتكم من الطابق الثالث");
        groups.decide(admin, g.slug(), outsider.uuid(), true);
        mvc.perform(post("/engage/comments").with(user(outsider)).with(csrf())
                        .param("type", "post").param("id", postId.toString()).param("body", "سآتي السبت"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/engage/comments").with(user(outsider)).param("type", "post").param("id", postId.toString()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("سآتي السبت")));

        // a comment whose target became invisible is not readable, nor its edit redirect
        UUID mine = comments.thread("post", postId, outsider).getLast().id();
        groups.leave(outsider, g.slug());
        mvc.perform(get("/engage/comments").with(user(outsider)).param("type", "post").param("id", postId.toString()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/engage/comments/{id}/edit", mine).with(user(outsider)).with(csrf()).param("body", "تعديل"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/engage/comments/{id}/react", mine).with(user(outsider)).with(csrf()).param("kind", "SUPPORT"))
                .andExpect(status().isNotFound());
    }

    @Test
    void anUnknownIdOrTypeIsALocalised404() throws Exception {
        CurrentMember member = fixtures.member("متطفل");
        UUID random = UUID.randomUUID();
        mvc.perform(get("/engage/comments").param("type", "event").param("id", random.toString()))
                .andExpect(status().isNotFound()).andExpect(content().string(containsString(AR_404)));
        mvc.perform(get("/engage/comments").param("type", "event").param("id", random.toString()).param("lang", "en"))
                .andExpect(status().isNotFound()).andExpect(content().string(containsString("We could not find the page you are looking for.")));
        mvc.perform(post("/engage/comments").with(user(member)).with(csrf())
                        .param("type", "event").param("id", random.toString()).param("body", "هل من أحد؟"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/engage/comments").with(user(member)).with(csrf())
                        .param("type", "update").param("id", random.toString()).param("body", "نوع لم يعد موجودًا"))
                .andExpect(status().isNotFound());
        assertThatThrownBy(() -> comments.post(member, new Comments.Draft("listing", random, null, "نص", null, null)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aDraftComplaintHasNoThreadUntilItIsSent() throws Exception {
        CurrentMember author = fixtures.member("مشتكية");
        Complaint draft = complaints.open(author.id(), AdvocacyFixtures.telecom(AdvocacyFixtures.companyName()), UUID.randomUUID());
        mvc.perform(get("/engage/comments").param("type", "complaint").param("id", draft.id().toString()))
                .andExpect(status().isNotFound());
        // not even for its author: a draft is not public
        mvc.perform(post("/engage/comments").with(user(author)).with(csrf())
                        .param("type", "complaint").param("id", draft.id().toString()).param("body", "تعليق على مسودة"))
                .andExpect(status().isNotFound());
        complaints.addEvidence(author.id(), draft.id(), AdvocacyFixtures.png(), "لقطة شاشة", true);
        complaints.send(author.id(), draft.id());
        mvc.perform(post("/engage/comments").with(user(author)).with(csrf())
                        .param("type", "complaint").param("id", draft.id().toString()).param("body", "أرسلتها اليوم"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/complaints/" + draft.id() + "#comments"));
        mvc.perform(get("/engage/comments").param("type", "complaint").param("id", draft.id().toString()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("أرسلتها اليوم")));
    }

    @Test
    void afterPostingTheRedirectGoesToTheBusinessesRealPage() throws Exception {
        CurrentMember owner = fixtures.member("صاحبة المشغل");
        CurrentMember customer = fixtures.member("زبونة");
        Business b = directory.open(owner.uuid(), new BusinessDraft("مشغل نور " + TestData.suffix(), "حجابات مطرّزة يدويًا",
                BusinessCategory.HIJABS, true, true, DirectoryCity.AMMAN, "عمّان", null, null, null, null));
        mvc.perform(post("/engage/comments").with(user(customer)).with(csrf())
                        .param("type", "business").param("id", b.getId().toString()).param("body", "تطريز جميل وتوصيل سريع"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/local/" + b.getSlug() + "#comments"));
        UUID comment = comments.thread("business", b.getId(), customer).getFirst().id();
        mvc.perform(post("/engage/comments/{id}/edit", comment).with(user(customer)).with(csrf()).param("body", "تطريز جميل جدًا"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/local/" + b.getSlug() + "#comments"));
    }
}
