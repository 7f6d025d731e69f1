package org.takatuf.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.takatuf.identity.AccountProvisioning;
import org.takatuf.identity.CurrentMember;
import org.takatuf.identity.Organisation;
import org.takatuf.identity.OrganisationForm;
import org.takatuf.identity.OrganisationKind;
import org.takatuf.identity.OrganisationManagement;
import org.takatuf.identity.OrganisationRole;
import org.takatuf.platform.MailCatcher;
import org.takatuf.support.IntegrationTest;
import org.takatuf.support.TestAccounts;
import org.takatuf.support.TestData;

@IntegrationTest
class OrganisationPagesIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountProvisioning accounts;

    @Autowired
    OrganisationManagement organisations;

    @Autowired
    MailCatcher mail;

    private Organisation organisationOf(CurrentMember admin, String name, OrganisationKind kind, String city) {
        return organisations.create(admin.id(), new OrganisationForm(name, kind, "وصف " + name, city, "", ""));
    }

    @Test
    void aSignedInMemberCreatesAnOrganisationAndBecomesItsAdmin() throws Exception {
        CurrentMember creator = TestAccounts.create(accounts, "creator");
        String name = "مبادرة سقيا الماء " + TestData.suffix();

        MvcResult created = mvc.perform(post("/organisations/new").with(user(creator)).with(csrf())
                        .param("name", name).param("kind", "INITIATIVE").param("city", "الدمام")
                        .param("description", "نوزّع الماء البارد على العمال في الصيف.").param("website", "https://example.org"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/organisations/*")).andReturn();

        Organisation organisation = organisations.bySlug(created.getResponse().getRedirectedUrl().substring("/organisations/".length()))
                .orElseThrow();
        assertThat(organisation.getName()).isEqualTo(name);
        assertThat(organisations.isAdmin(creator.id(), organisation.organisationId())).isTrue();

        mvc.perform(get(created.getResponse().getRedirectedUrl()).with(user(creator)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(name)))
                .andExpect(content().string(containsString("إدارة الجمعية")))
                .andExpect(content().string(containsString(creator.displayName())));
    }

    @Test
    void creatingNeedsSignInAndValidInput() throws Exception {
        mvc.perform(get("/organisations/new")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
        CurrentMember member = TestAccounts.create(accounts, "invalid");
        mvc.perform(post("/organisations/new").with(user(member)).with(csrf()).param("name", " ").param("kind", "CHARITY"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("اكتب اسم الجمعية أو المبادرة.")));
        mvc.perform(post("/organisations/new").with(user(member)).with(csrf()).param("name", "اسم").param("kind", "NOT_A_KIND"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("اختر النوع من القائمة.")))
                .andExpect(content().string(not(containsString("Failed to convert"))));
        mvc.perform(post("/organisations/new").with(user(member)).with(csrf()).param("name", "اسم")
                        .param("kind", "CHARITY").param("website", "javascript:alert(1)").param("lang", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("https://")));
        mvc.perform(post("/organisations/new").with(user(member)).param("name", "بلا رمز").param("kind", "CHARITY"))
                .andExpect(status().isForbidden());
    }

    @Test
    void theListFiltersByKindCityAndVerification() throws Exception {
        CurrentMember admin = TestAccounts.create(accounts, "lister");
        String city = "مدينة " + TestData.suffix();
        Organisation charity = organisationOf(admin, "جمعية البر " + TestData.suffix(), OrganisationKind.CHARITY, city);
        Organisation group = organisationOf(admin, "مجموعة الجري " + TestData.suffix(), OrganisationKind.COMMUNITY_GROUP, city);

        mvc.perform(get("/organisations").param("city", city))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(charity.getName())))
                .andExpect(content().string(containsString(group.getName())));
        mvc.perform(get("/organisations").param("city", city).param("kind", "CHARITY"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(charity.getName())))
                .andExpect(content().string(not(containsString(group.getName()))));
        mvc.perform(get("/organisations").param("city", city).param("verified", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(charity.getName()))))
                .andExpect(content().string(containsString("لا توجد جمعيات")));
        mvc.perform(get("/organisations").param("kind", "NONSENSE")).andExpect(status().isBadRequest());
        mvc.perform(get("/organisations").param("page", "-5").param("lang", "en")).andExpect(status().isOk());
    }

    @Test
    void anUnknownOrganisationIs404() throws Exception {
        mvc.perform(get("/organisations/no-such-organisation-" + TestData.suffix())).andExpect(status().isNotFound());
    }

    @Test
    void onlyItsAdminsMayEditInviteOrRequestVerification() throws Exception {
        CurrentMember admin = TestAccounts.create(accounts, "owner");
        CurrentMember other = TestAccounts.create(accounts, "other");
        Organisation organisation = organisationOf(admin, "جمعية الأمل " + TestData.suffix(), OrganisationKind.CHARITY, "جدة");
        String page = "/organisations/" + organisation.getSlug();

        mvc.perform(get(page).with(user(other))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("إدارة الجمعية"))))
                .andExpect(content().string(not(containsString("/invitations\""))));
        mvc.perform(get(page)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("إدارة الجمعية"))));

        mvc.perform(get(page + "/edit").with(user(other))).andExpect(status().isForbidden());
        mvc.perform(post(page + "/edit").with(user(other)).with(csrf()).param("name", "استيلاء").param("kind", "CHARITY"))
                .andExpect(status().isForbidden());
        mvc.perform(post(page + "/invitations").with(user(other)).with(csrf()).param("email", TestData.email("x")))
                .andExpect(status().isForbidden());
        mvc.perform(get(page + "/verification").with(user(other))).andExpect(status().isForbidden());
        mvc.perform(post(page + "/verification").with(user(other)).with(csrf()).param("note", "x"))
                .andExpect(status().isForbidden());
        assertThat(organisations.bySlug(organisation.getSlug()).orElseThrow().getName()).isEqualTo(organisation.getName());

        mvc.perform(post(page + "/edit").with(user(admin)).with(csrf()).param("name", "جمعية الأمل الجديدة")
                        .param("kind", "INITIATIVE").param("city", "مكة").param("description", "وصف جديد"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl(page));
        Organisation edited = organisations.bySlug(organisation.getSlug()).orElseThrow();
        assertThat(edited.getName()).isEqualTo("جمعية الأمل الجديدة");
        assertThat(edited.getKind()).isEqualTo(OrganisationKind.INITIATIVE);
    }

    @Test
    void anInvitationIsMailedAndAcceptedBySigningIn() throws Exception {
        CurrentMember admin = TestAccounts.create(accounts, "inviter");
        CurrentMember invitee = TestAccounts.create(accounts, "invitee");
        Organisation organisation = organisationOf(admin, "بنك الملابس " + TestData.suffix(), OrganisationKind.CHARITY, "الرياض");
        String page = "/organisations/" + organisation.getSlug();

        mvc.perform(post(page + "/invitations").with(user(admin)).with(csrf()).param("email", invitee.email()).param("role", "MEMBER"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl(page));
        mvc.perform(get(page).with(user(admin))).andExpect(content().string(containsString(invitee.email())));

        MailCatcher.CaughtMail invitation = mail.messagesTo(invitee.email()).getFirst();
        // the organisation's name inside the sentence is bidi-isolated by the mail template (#bidi), in both parts
        assertThat(invitation.textBody()).contains("\u2068" + organisation.getName() + "\u2069");
        assertThat(invitation.htmlBody()).contains("\u2068" + organisation.getName() + "\u2069");
        Matcher link = Pattern.compile("/invitations/([A-Za-z0-9_-]+)").matcher(invitation.textBody());
        assertThat(link.find()).isTrue();
        String path = "/invitations/" + link.group(1);

        mvc.perform(get(path)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        mvc.perform(get(path).with(user(invitee))).andExpect(status().isOk())
                .andExpect(content().string(containsString(organisation.getName())));
        assertThat(organisations.isMember(invitee.id(), organisation.organisationId())).isFalse(); // GET changes nothing

        mvc.perform(post(path).with(user(invitee)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl(page));
        assertThat(organisations.isMember(invitee.id(), organisation.organisationId())).isTrue();
        assertThat(organisations.isAdmin(invitee.id(), organisation.organisationId())).isFalse();
        mvc.perform(get(page)).andExpect(content().string(containsString(invitee.displayName())));

        // single use
        mvc.perform(get(path).with(user(invitee))).andExpect(status().isBadRequest());
        mvc.perform(post(path).with(user(invitee)).with(csrf())).andExpect(status().isBadRequest());
        // an existing member cannot be invited again; a bad address is refused
        mvc.perform(post(page + "/invitations").with(user(admin)).with(csrf()).param("email", invitee.email()))
                .andExpect(status().isConflict());
        mvc.perform(post(page + "/invitations").with(user(admin)).with(csrf()).param("email", "not-an-address"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("البريد الإلكتروني غير صحيح.")));
    }

    @Test
    void anAdminInvitationMakesAnAdmin() throws Exception {
        CurrentMember admin = TestAccounts.create(accounts, "inviter2");
        CurrentMember invitee = TestAccounts.create(accounts, "coadmin");
        Organisation organisation = organisationOf(admin, "مبادرة الحي " + TestData.suffix(), OrganisationKind.INITIATIVE, "عمّان");
        organisations.invite(admin.id(), organisation.organisationId(), invitee.email(), OrganisationRole.ADMIN);
        Matcher link = Pattern.compile("/invitations/([A-Za-z0-9_-]+)").matcher(mail.messagesTo(invitee.email()).getFirst().textBody());
        assertThat(link.find()).isTrue();
        mvc.perform(post("/invitations/" + link.group(1)).with(user(invitee)).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(organisations.isAdmin(invitee.id(), organisation.organisationId())).isTrue();
    }

    @Test
    void anUnknownInvitationLinkIsAClearError() throws Exception {
        CurrentMember member = TestAccounts.create(accounts, "stranger");
        mvc.perform(get("/invitations/forged-token").with(user(member)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("هذا الرابط غير صالح")));
    }
}
