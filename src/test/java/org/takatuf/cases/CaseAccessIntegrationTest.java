package org.takatuf.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.takatuf.cases.internal.CaseCity;
import org.takatuf.cases.internal.CaseManagement;
import org.takatuf.identity.CurrentMember;
import org.takatuf.identity.Organisation;
import org.takatuf.identity.Role;
import org.takatuf.support.IntegrationTest;

/**
 * Who sees what (issue 4, quality lines 10, 12, 13, 17): a verified organisation working in the case's
 * city and category opens the protected details (and an access record is written); an unverified
 * organisation, a verified one in another city, a plain member and an anonymous visitor cannot; only
 * administrators read the access log; a reporter sees only their own report.
 */
@IntegrationTest
@Import(CasesTestConfiguration.class)
class CaseAccessIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    CasesFixtures fixtures;
    @Autowired
    CaseManagement cases;
    @Autowired
    JdbcClient jdbc;

    CurrentMember verifiedAdmin;
    CurrentMember verifiedVolunteer;
    CurrentMember unverifiedAdmin;
    CurrentMember otherCityAdmin;
    CurrentMember plainMember;
    CurrentMember platformAdmin;
    Organisation verified;
    Organisation unverified;
    Organisation otherCity;
    CasesFixtures.Secrets secrets;
    CaseManagement.Submitted report;

    @BeforeEach
    void setUp() {
        verifiedAdmin = fixtures.member("verified-org");
        verifiedVolunteer = fixtures.member("verified-org-member");
        unverifiedAdmin = fixtures.member("unverified-org");
        otherCityAdmin = fixtures.member("tripoli-org");
        plainMember = fixtures.member("plain");
        platformAdmin = fixtures.member("platform-admin", Role.ADMIN);
        verified = fixtures.organisation(verifiedAdmin, true, CasesFixtures.BEIRUT_FOOD);
        fixtures.join(verified, verifiedVolunteer);
        unverified = fixtures.organisation(unverifiedAdmin, false, CasesFixtures.BEIRUT_FOOD);
        otherCity = fixtures.organisation(otherCityAdmin, true, CasesFixtures.TRIPOLI_FOOD);
        secrets = CasesFixtures.secrets();
        report = fixtures.report(CaseCategory.FOOD, CaseCity.BEIRUT, secrets, true);
    }

    String manage(Organisation o) {
        return "/cases/" + report.caseId() + "/manage?organisation=" + o.getSlug();
    }

    @Test
    void aMemberOfTheVerifiedOrganisationOfThatAreaOpensTheDetailsAndTheOpeningIsLogged() throws Exception {
        String page = mvc.perform(get(manage(verified)).with(user(verifiedVolunteer)))
                .andExpect(status().isOk()).andExpect(header().string("Cache-Control", containsString("no-store")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        secrets.all().forEach(s -> assertThat(page).doesNotContain(s));

        String opened = mvc.perform(post("/cases/" + report.caseId() + "/protected").with(user(verifiedVolunteer)).with(csrf())
                        .param("organisation", verified.getSlug()).param("reason", "زيارة منزلية غدًا للتحقق"))
                .andExpect(status().isOk()).andExpect(header().string("Cache-Control", "no-store"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(opened).contains(secrets.name(), secrets.phone(), secrets.address(), secrets.notes(), secrets.contact());
        assertThat(opened).doesNotContainPattern("<script[^>]+src=\"(https?:)?//");

        List<String> log = jdbc.sql("SELECT member_id || '|' || organisation_id || '|' || reason FROM case_access_log WHERE case_id = ?")
                .param(report.caseId()).query(String.class).list();
        assertThat(log).containsExactly(verifiedVolunteer.uuid() + "|" + verified.getId() + "|زيارة منزلية غدًا للتحقق");
    }

    @Test
    void openingWithoutAReasonIsRefusedAndNotLogged() throws Exception {
        mvc.perform(post("/cases/" + report.caseId() + "/protected").with(user(verifiedAdmin)).with(csrf())
                        .param("organisation", verified.getSlug()).param("reason", " "))
                .andExpect(status().is3xxRedirection());
        assertThat(accessRecords()).isZero();
    }

    @Test
    void anUnverifiedOrganisationWorkingInTheSameAreaIsRefused() throws Exception {
        mvc.perform(get(manage(unverified)).with(user(unverifiedAdmin))).andExpect(status().isForbidden());
        mvc.perform(get("/cases/triage").with(user(unverifiedAdmin))).andExpect(status().isForbidden());
        mvc.perform(post("/cases/" + report.caseId() + "/protected").with(user(unverifiedAdmin)).with(csrf())
                        .param("organisation", unverified.getSlug()).param("reason", "أريد أن أرى"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/cases/" + report.caseId() + "/claim").with(user(unverifiedAdmin)).with(csrf())
                        .param("organisation", unverified.getSlug()))
                .andExpect(status().isForbidden());
        assertThat(accessRecords()).isZero();
    }

    @Test
    void aVerifiedOrganisationInAnotherCityDoesNotFindTheCase() throws Exception {
        mvc.perform(get(manage(otherCity)).with(user(otherCityAdmin))).andExpect(status().isNotFound());
        mvc.perform(get("/cases/triage").with(user(otherCityAdmin)))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString(report.caseId().toString()))));
        mvc.perform(post("/cases/" + report.caseId() + "/protected").with(user(otherCityAdmin)).with(csrf())
                        .param("organisation", otherCity.getSlug()).param("reason", "أريد أن أرى"))
                .andExpect(status().isNotFound());
        // naming the other organisation does not help: they are not its member
        mvc.perform(post("/cases/" + report.caseId() + "/protected").with(user(otherCityAdmin)).with(csrf())
                        .param("organisation", verified.getSlug()).param("reason", "أريد أن أرى"))
                .andExpect(status().isForbidden());
        assertThat(accessRecords()).isZero();
    }

    @Test
    void aPlainMemberAndAnAnonymousVisitorSeeNothingProtected() throws Exception {
        mvc.perform(get(manage(verified)).with(user(plainMember))).andExpect(status().isForbidden());
        mvc.perform(get("/cases/triage").with(user(plainMember))).andExpect(status().isForbidden());
        mvc.perform(post("/cases/" + report.caseId() + "/protected").with(user(plainMember)).with(csrf())
                        .param("organisation", verified.getSlug()).param("reason", "فضول"))
                .andExpect(status().isForbidden());
        mvc.perform(get(manage(verified))).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        mvc.perform(post("/cases/" + report.caseId() + "/protected").with(csrf())
                        .param("organisation", verified.getSlug()).param("reason", "فضول"))
                .andExpect(redirectedUrl("/login"));
        // the unpublished case does not exist publicly, nor its photos
        mvc.perform(get("/cases/" + report.caseId())).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/cases/" + report.caseId())).andExpect(status().isNotFound());
        assertThat(accessRecords()).isZero();
    }

    @Test
    void onlyPlatformAdministratorsReadTheAccessLog() throws Exception {
        cases.open(verifiedAdmin.id(), verified, report.caseId(), "اتصال هاتفي بالأسرة");
        mvc.perform(get("/admin/cases/access-log").with(user(platformAdmin)))
                .andExpect(status().isOk()).andExpect(header().string("Cache-Control", "no-store"))
                .andExpect(content().string(containsString("اتصال هاتفي بالأسرة")))
                .andExpect(content().string(containsString(verifiedAdmin.displayName())))
                .andExpect(content().string(containsString("class=\"alert alert-success\" id=\"chain\"")));
        mvc.perform(get("/admin/cases/access-log").with(user(verifiedAdmin))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/cases/access-log").with(user(plainMember))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/cases/access-log")).andExpect(redirectedUrl("/login"));
    }

    @Test
    void theAccessLogChainShowsAnEditMadeOutsideTheApplication() {
        cases.open(verifiedAdmin.id(), verified, report.caseId(), "سبب أول");
        cases.open(verifiedAdmin.id(), verified, report.caseId(), "سبب ثانٍ");
        assertThat(cases.accessLogIntact(platformAdmin.id())).isTrue();
        jdbc.sql("UPDATE case_access_log SET reason = 'مُعدَّل' WHERE case_id = ? AND reason = 'سبب أول'").param(report.caseId()).update();
        try {
            assertThat(cases.accessLogIntact(platformAdmin.id())).isFalse();
        } finally {
            jdbc.sql("UPDATE case_access_log SET reason = 'سبب أول' WHERE case_id = ? AND reason = 'مُعدَّل'").param(report.caseId()).update();
        }
        assertThat(cases.accessLogIntact(platformAdmin.id())).isTrue();
    }

    @Test
    void theReporterFollowsTheirOwnReportOnlyAndWithoutProtectedDetails() throws Exception {
        String page = mvc.perform(get("/cases/follow/" + report.followToken()))
                .andExpect(status().isOk()).andExpect(header().string("Cache-Control", "no-store"))
                .andExpect(header().string("Referrer-Policy", "no-referrer"))
                .andExpect(content().string(containsString("وصل البلاغ")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        secrets.all().forEach(s -> assertThat(page).doesNotContain(s));
        mvc.perform(get("/cases/follow/" + report.followToken() + "x")).andExpect(status().isNotFound());

        // two accounts: B cannot read A's report by changing the id
        CurrentMember a = fixtures.member("reporter-a");
        CurrentMember b = fixtures.member("reporter-b");
        UUID aCase = cases.report(a.id(), CasesFixtures.command(CaseCategory.FOOD, CaseCity.BEIRUT, "تحتاج الأسرة سلة غذائية",
                CasesFixtures.secrets(), false), Locale.forLanguageTag("ar")).caseId();
        mvc.perform(get("/me/cases/" + aCase).with(user(a))).andExpect(status().isOk());
        mvc.perform(get("/me/cases").with(user(a))).andExpect(content().string(containsString(aCase.toString())));
        mvc.perform(get("/me/cases/" + aCase).with(user(b))).andExpect(status().isNotFound());
        mvc.perform(get("/me/cases").with(user(b))).andExpect(content().string(not(containsString(aCase.toString()))));
    }

    @Test
    void protectedDetailsAreCiphertextInTheDatabase() {
        String row = jdbc.sql("SELECT row_to_json(c)::text FROM case_report c WHERE id = ?").param(report.caseId())
                .query(String.class).single();
        secrets.all().forEach(s -> assertThat(row).doesNotContain(s));
        assertThat(row).doesNotContain("33.889123").doesNotContain("35.501987");
        byte[] phone = jdbc.sql("SELECT enc_phone FROM case_report WHERE id = ?").param(report.caseId()).query(byte[].class).single();
        assertThat(new String(phone, StandardCharsets.ISO_8859_1)).doesNotContain(secrets.phone());
        assertThat(phone.length).isGreaterThan(12 + 16);
    }

    @Test
    void theTriageQueueShowsWhoHandlesEachCase() throws Exception {
        CurrentMember second = fixtures.member("second-org");
        Organisation other = fixtures.organisation(second, true, CasesFixtures.BEIRUT_FOOD);
        cases.claim(second.id(), other, report.caseId());
        mvc.perform(get("/cases/triage").param("organisation", verified.getSlug()).with(user(verifiedAdmin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(report.caseId().toString())))
                .andExpect(content().string(containsString(other.getName())));
        // the claim belongs to the other organisation: this one cannot take the next step
        mvc.perform(post("/cases/" + report.caseId() + "/verify").with(user(verifiedAdmin)).with(csrf())
                        .param("organisation", verified.getSlug()).param("note", "زيارة"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT status FROM case_report WHERE id = ?").param(report.caseId()).query(String.class).single())
                .isEqualTo("CLAIMED");
    }

    long accessRecords() {
        return jdbc.sql("SELECT count(*) FROM case_access_log WHERE case_id = ?").param(report.caseId()).query(Long.class).single();
    }
}
