package org.takatuf.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.takatuf.identity.AccountProvisioning;
import org.takatuf.identity.CurrentMember;
import org.takatuf.identity.Organisation;
import org.takatuf.identity.OrganisationForm;
import org.takatuf.identity.OrganisationKind;
import org.takatuf.identity.OrganisationManagement;
import org.takatuf.identity.Role;
import org.takatuf.identity.VerificationRequestView;
import org.takatuf.identity.VerificationStatus;
import org.takatuf.platform.MailCatcher;
import org.takatuf.support.IntegrationTest;
import org.takatuf.support.TestAccounts;
import org.takatuf.support.TestData;

/** The verification request with documents, the administrators' queue, approval and rejection. */
@IntegrationTest
class VerificationIntegrationTest {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountProvisioning accounts;

    @Autowired
    OrganisationManagement organisations;

    @Autowired
    MailCatcher mail;

    private Organisation organisationOf(CurrentMember admin) {
        return organisations.create(admin.id(), new OrganisationForm("جمعية الإحسان " + TestData.suffix(),
                OrganisationKind.CHARITY, "نساعد الأسر المتعففة.", "الرياض", "", ""));
    }

    private static MockMultipartHttpServletRequestBuilder upload(Organisation organisation) {
        return multipart("/organisations/" + organisation.getSlug() + "/verification");
    }

    private static byte[] png() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    private VerificationRequestView latest(Organisation organisation) {
        return organisations.latestRequest(organisation.organisationId()).orElseThrow();
    }

    @Test
    void anAdminOfTheOrganisationRequestsVerificationWithDocuments() throws Exception {
        CurrentMember admin = TestAccounts.create(accounts, "requester");
        Organisation organisation = organisationOf(admin);

        mvc.perform(get("/organisations/" + organisation.getSlug() + "/verification").with(user(admin)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("multipart/form-data")));
        mvc.perform(upload(organisation)
                        .file(new MockMultipartFile("documents", "ترخيص الجمعية.pdf", "application/pdf", PDF))
                        .file(new MockMultipartFile("documents", "letter.png", "image/png", png()))
                        .param("note", "الترخيص رقم ١٢٣٤").with(user(admin)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/organisations/" + organisation.getSlug()));

        assertThat(organisations.bySlug(organisation.getSlug()).orElseThrow().getStatus()).isEqualTo(VerificationStatus.PENDING);
        VerificationRequestView request = latest(organisation);
        assertThat(request.note()).isEqualTo("الترخيص رقم ١٢٣٤");
        assertThat(request.documents()).extracting(VerificationRequestView.DocumentInfo::name)
                .containsExactly("ترخيص الجمعية.pdf", "letter.png");

        mvc.perform(get("/organisations/" + organisation.getSlug()).with(user(admin)))
                .andExpect(content().string(containsString("قيد المراجعة")));
        // a second request while one waits is a conflict
        mvc.perform(upload(organisation).file(new MockMultipartFile("documents", "again.pdf", "application/pdf", PDF))
                        .with(user(admin)).with(csrf()))
                .andExpect(status().isConflict());
    }

    @Test
    void badDocumentsAreRefusedWithAClearMessage() throws Exception {
        CurrentMember admin = TestAccounts.create(accounts, "careless");
        Organisation organisation = organisationOf(admin);

        mvc.perform(upload(organisation).with(user(admin)).with(csrf()))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("أرفق وثيقة واحدة على الأقل")));
        mvc.perform(upload(organisation)
                        .file(new MockMultipartFile("documents", "virus.pdf", "application/pdf", "MZ not a pdf".getBytes()))
                        .with(user(admin)).with(csrf()))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("نوع الملف غير مقبول")));
        MockMultipartHttpServletRequestBuilder six = upload(organisation);
        for (int i = 0; i < 6; i++) {
            six.file(new MockMultipartFile("documents", "d" + i + ".pdf", "application/pdf", PDF));
        }
        mvc.perform(six.with(user(admin)).with(csrf()).param("lang", "en"))
                .andExpect(status().isBadRequest());
        assertThat(organisations.bySlug(organisation.getSlug()).orElseThrow().getStatus()).isEqualTo(VerificationStatus.UNVERIFIED);
        assertThat(organisations.latestRequest(organisation.organisationId())).isEmpty();
    }

    @Test
    void onlyPlatformAdministratorsSeeTheQueueAndTheDocuments() throws Exception {
        CurrentMember orgAdmin = TestAccounts.create(accounts, "orgadmin");
        CurrentMember platformAdmin = TestAccounts.create(accounts, "platform", Role.ADMIN);
        Organisation organisation = organisationOf(orgAdmin);
        mvc.perform(upload(organisation).file(new MockMultipartFile("documents", "سجل.pdf", "application/pdf", PDF))
                .param("note", "ملاحظة للمراجع").with(user(orgAdmin)).with(csrf())).andExpect(status().is3xxRedirection());
        VerificationRequestView request = latest(organisation);
        UUID document = request.documents().getFirst().id();
        String download = "/admin/verifications/" + request.id() + "/documents/" + document;

        mvc.perform(get("/admin/verifications").with(user(platformAdmin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(organisation.getName())))
                .andExpect(content().string(containsString("ملاحظة للمراجع")))
                .andExpect(content().string(containsString(download)))
                .andExpect(header().string("Cache-Control", containsString("no-store")));
        mvc.perform(get(download).with(user(platformAdmin)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Cache-Control", containsString("no-store")))
                .andExpect(content().bytes(PDF));

        // the organisation's own admin and an anonymous visitor are kept out
        mvc.perform(get("/admin/verifications").with(user(orgAdmin))).andExpect(status().isForbidden());
        mvc.perform(get(download).with(user(orgAdmin))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/verifications/" + request.id() + "/approve").with(user(orgAdmin)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/verifications/" + request.id() + "/reject").with(user(orgAdmin)).with(csrf()).param("reason", "x"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/verifications")).andExpect(status().is3xxRedirection());
        mvc.perform(get(download)).andExpect(status().is3xxRedirection());
        assertThat(organisations.bySlug(organisation.getSlug()).orElseThrow().getStatus()).isEqualTo(VerificationStatus.PENDING);

        // unknown document or one of another request: 404
        mvc.perform(get("/admin/verifications/" + request.id() + "/documents/" + UUID.randomUUID()).with(user(platformAdmin)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/admin/verifications/" + UUID.randomUUID() + "/documents/" + document).with(user(platformAdmin)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/admin/verifications/not-a-uuid/documents/x").with(user(platformAdmin)))
                .andExpect(status().isBadRequest());
    }

    @Test
    void aRejectionNeedsAReasonWhichReachesTheOrganisationAdmins() throws Exception {
        CurrentMember orgAdmin = TestAccounts.create(accounts, "rejected");
        CurrentMember platformAdmin = TestAccounts.create(accounts, "reviewer", Role.ADMIN);
        Organisation organisation = organisationOf(orgAdmin);
        mvc.perform(upload(organisation).file(new MockMultipartFile("documents", "a.pdf", "application/pdf", PDF))
                .with(user(orgAdmin)).with(csrf())).andExpect(status().is3xxRedirection());
        UUID request = latest(organisation).id();

        mvc.perform(post("/admin/verifications/" + request + "/reject").with(user(platformAdmin)).with(csrf()).param("reason", "  "))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("اكتب سبب الرفض")));
        assertThat(organisations.bySlug(organisation.getSlug()).orElseThrow().getStatus()).isEqualTo(VerificationStatus.PENDING);

        String reason = "الترخيص منتهي الصلاحية، أرسلوا الترخيص المجدد.";
        mvc.perform(post("/admin/verifications/" + request + "/reject").with(user(platformAdmin)).with(csrf()).param("reason", reason))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/admin/verifications"));
        Organisation rejected = organisations.bySlug(organisation.getSlug()).orElseThrow();
        assertThat(rejected.getStatus()).isEqualTo(VerificationStatus.REJECTED);
        assertThat(mail.messagesTo(orgAdmin.email())).anySatisfy(m -> assertThat(m.textBody()).contains(reason));

        mvc.perform(get("/organisations/" + organisation.getSlug()).with(user(orgAdmin)))
                .andExpect(content().string(containsString(reason)));
        mvc.perform(get("/organisations/" + organisation.getSlug()))
                .andExpect(content().string(not(containsString(reason))));
        // decided once
        mvc.perform(post("/admin/verifications/" + request + "/approve").with(user(platformAdmin)).with(csrf()))
                .andExpect(status().isConflict());
    }

    @Test
    void anApprovalShowsTheBadgeWithItsDate() throws Exception {
        CurrentMember orgAdmin = TestAccounts.create(accounts, "approved");
        CurrentMember platformAdmin = TestAccounts.create(accounts, "approver", Role.ADMIN);
        Organisation organisation = organisationOf(orgAdmin);
        mvc.perform(upload(organisation).file(new MockMultipartFile("documents", "a.pdf", "application/pdf", PDF))
                .with(user(orgAdmin)).with(csrf())).andExpect(status().is3xxRedirection());
        UUID request = latest(organisation).id();

        mvc.perform(post("/admin/verifications/" + request + "/approve").with(user(platformAdmin)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(organisations.bySlug(organisation.getSlug()).orElseThrow().isVerified()).isTrue();
        assertThat(mail.messagesTo(orgAdmin.email())).anySatisfy(m -> assertThat(m.subject()).contains("وُثّقت"));
        mvc.perform(get("/organisations/" + organisation.getSlug()))
                .andExpect(content().string(containsString("موثّقة")))
                .andExpect(content().string(containsString("وثّقتها إدارة المنصة في")))
                // a verified organisation's page shows how fast it answers comments (loaded from engagement)
                .andExpect(content().string(containsString("/engage/organisations/" + organisation.getId() + "/response-time")));
        mvc.perform(get("/admin/verifications").with(user(platformAdmin)))
                .andExpect(content().string(not(containsString(organisation.getName()))));
        mvc.perform(get("/organisations").param("verified", "true").param("city", "الرياض"))
                .andExpect(status().isOk());
        mvc.perform(get("/organisations/" + organisation.getSlug() + "/verification").with(user(orgAdmin)))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("multipart/form-data"))));
    }
}
