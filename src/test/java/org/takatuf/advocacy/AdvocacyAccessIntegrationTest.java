package org.takatuf.advocacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.takatuf.advocacy.internal.CompanyManagement;
import org.takatuf.advocacy.internal.Complaint;
import org.takatuf.advocacy.internal.ComplaintManagement;
import org.takatuf.advocacy.internal.ComplaintStatus;
import org.takatuf.identity.CurrentMember;
import org.takatuf.identity.Role;
import org.takatuf.support.IntegrationTest;

/**
 * Two accounts and the roles around a complaint: member B cannot read A's draft nor change A's complaint
 * or evidence by changing an id; only verified representatives answer; document claims are decided by
 * administrators only; moderators hide and restore.
 */
@IntegrationTest
@Import(AdvocacyTestConfiguration.class)
class AdvocacyAccessIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    AdvocacyFixtures fixtures;
    @Autowired
    ComplaintManagement complaints;
    @Autowired
    CompanyManagement companies;

    @Test
    void memberBCannotReadADraftNorChangeAComplaintOrEvidence() throws Exception {
        CurrentMember a = fixtures.member("owner-a");
        CurrentMember b = fixtures.member("other-b");
        Complaint draft = complaints.open(a.id(), AdvocacyFixtures.telecom(AdvocacyFixtures.companyName()), UUID.randomUUID());
        var evidence = complaints.addEvidence(a.id(), draft.id(), AdvocacyFixtures.png(), "إيصال", true);
        String page = "/complaints/" + draft.id();

        mvc.perform(get(page).with(user(b))).andExpect(status().isNotFound());
        mvc.perform(get(page + "/edit").with(user(b))).andExpect(status().isNotFound());
        mvc.perform(get(page + "/evidence/" + evidence.id()).with(user(b))).andExpect(status().isNotFound());
        mvc.perform(post(page + "/edit").with(user(b)).with(csrf()).param("title", "مختطفة")).andExpect(status().isNotFound());
        mvc.perform(post(page + "/send").with(user(b)).with(csrf())).andExpect(status().isNotFound());

        complaints.send(a.id(), draft.id());
        // public now, but still A's: B reads it, cannot edit, send, resolve, escalate or touch its evidence
        mvc.perform(get(page).with(user(b))).andExpect(status().isOk());
        mvc.perform(get(page + "/edit").with(user(b))).andExpect(status().isForbidden());
        mvc.perform(post(page + "/edit").with(user(b)).with(csrf()).param("title", "مختطفة")).andExpect(status().isForbidden());
        mvc.perform(post(page + "/resolve").with(user(b)).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post(page + "/escalate").with(user(b)).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(get(page + "/regulator.pdf").with(user(b))).andExpect(status().isForbidden());
        mvc.perform(post(page + "/evidence/" + evidence.id() + "/remove").with(user(b)).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(multipart(page + "/evidence").file(new MockMultipartFile("file", "x.png", "image/png", AdvocacyFixtures.png()))
                .param("noStaffData", "true").with(user(b)).with(csrf())).andExpect(status().isForbidden());
        // evidence of another complaint is not reachable through this one
        Complaint other = fixtures.sentComplaint(b, AdvocacyFixtures.companyName());
        var bEvidence = complaints.evidence(other.id()).getFirst();
        mvc.perform(get(page + "/evidence/" + bEvidence.id())).andExpect(status().isNotFound());
        mvc.perform(post(page + "/evidence/" + bEvidence.id() + "/remove").with(user(a)).with(csrf())).andExpect(status().isNotFound());
        assertThat(complaints.evidence(draft.id())).hasSize(1);
        assertThat(complaints.find(draft.id()).orElseThrow().title()).isEqualTo(draft.title());
        // A removes A's own evidence
        mvc.perform(post(page + "/evidence/" + evidence.id() + "/remove").with(user(a)).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(complaints.evidence(draft.id())).isEmpty();
        // nothing changes without a CSRF token
        mvc.perform(post("/complaints/" + other.id() + "/support").with(user(a))).andExpect(status().isForbidden());
    }

    @Test
    void onlyVerifiedRepresentativesAnswerAndAdministratorsDecideDocumentClaims() throws Exception {
        CurrentMember author = fixtures.member("claim-author");
        CurrentMember claimant = fixtures.member("claimant");
        CurrentMember impostor = fixtures.member("impostor");
        CurrentMember admin = fixtures.member("claims-admin", Role.ADMIN);
        Complaint c = fixtures.sentComplaint(author, AdvocacyFixtures.companyName());
        UUID company = c.companyId();

        mvc.perform(post("/complaints/" + c.id() + "/responses").with(user(impostor)).with(csrf()).param("body", "نحن الشركة"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/companies/" + company + "/claim").with(user(claimant))).andExpect(status().isOk());
        mvc.perform(multipart("/companies/" + company + "/claim/document")
                        .file(new MockMultipartFile("document", "cr.pdf", "application/pdf", "%PDF-1.4\n%%EOF".getBytes()))
                        .param("note", "أنا مدير خدمة العملاء").with(user(claimant)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        UUID claimId = companies.pendingClaim(claimant.id(), company).orElseThrow().id();
        // members neither see the queue nor the document nor decide
        mvc.perform(get("/admin/company-claims").with(user(claimant))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/company-claims/" + claimId + "/document").with(user(impostor))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/company-claims/" + claimId + "/approve").with(user(claimant)).with(csrf())).andExpect(status().isForbidden());
        assertThat(companies.isRepresentative(claimant.id(), company)).isFalse();
        // the administrator sees it, reads the document and approves
        mvc.perform(get("/admin/company-claims").with(user(admin))).andExpect(status().isOk())
                .andExpect(content().string(containsString("أنا مدير خدمة العملاء")));
        mvc.perform(get("/admin/company-claims/" + claimId + "/document").with(user(admin))).andExpect(status().isOk());
        mvc.perform(post("/admin/company-claims/" + claimId + "/approve").with(user(admin)).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(companies.isRepresentative(claimant.id(), company)).isTrue();
        mvc.perform(post("/complaints/" + c.id() + "/responses").with(user(claimant)).with(csrf()).param("body", "نعتذر، نتابع الأمر"))
                .andExpect(status().is3xxRedirection());
        // representing one company gives nothing on another's complaints
        Complaint elsewhere = fixtures.sentComplaint(fixtures.member("elsewhere"), AdvocacyFixtures.companyName());
        mvc.perform(post("/complaints/" + elsewhere.id() + "/responses").with(user(claimant)).with(csrf()).param("body", "نحن أيضًا"))
                .andExpect(status().isForbidden());
        // a rejected claim makes nobody a representative
        mvc.perform(multipart("/companies/" + elsewhere.companyId() + "/claim/document")
                .file(new MockMultipartFile("document", "x.png", "image/png", AdvocacyFixtures.png())).with(user(impostor)).with(csrf()));
        UUID second = companies.pendingClaim(impostor.id(), elsewhere.companyId()).orElseThrow().id();
        mvc.perform(post("/admin/company-claims/" + second + "/reject").with(user(admin)).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(companies.isRepresentative(impostor.id(), elsewhere.companyId())).isFalse();
    }

    @Test
    void moderatorsHideAbusiveComplaintsAndTheAuthorStillSeesWhy() throws Exception {
        CurrentMember author = fixtures.member("hidden-author");
        CurrentMember moderator = fixtures.member("moderator", Role.MODERATOR);
        CurrentMember member = fixtures.member("plain");
        Complaint c = fixtures.sentComplaint(author, AdvocacyFixtures.companyName());
        String page = "/complaints/" + c.id();
        mvc.perform(post(page + "/hide").with(user(member)).with(csrf()).param("reason", "لا يعجبني")).andExpect(status().isForbidden());
        mvc.perform(post(page + "/hide").with(user(moderator)).with(csrf())).andExpect(status().isBadRequest());
        mvc.perform(post(page + "/hide").with(user(moderator)).with(csrf()).param("reason", "اتهامات بلا دليل لموظف باسمه"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(page)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/complaints")).andExpect(content().string(org.hamcrest.Matchers.not(containsString(c.id().toString()))));
        mvc.perform(get(page).with(user(author))).andExpect(status().isOk())
                .andExpect(content().string(containsString("اتهامات بلا دليل لموظف باسمه")));
        mvc.perform(post(page + "/restore").with(user(moderator)).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(get(page)).andExpect(status().isOk());
        assertThat(complaints.find(c.id()).orElseThrow().status()).isEqualTo(ComplaintStatus.SENT);
    }
}
