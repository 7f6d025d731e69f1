package org.takatuf.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.takatuf.cases.internal.CaseCity;
import org.takatuf.cases.internal.CaseCommand;
import org.takatuf.cases.internal.CaseManagement;
import org.takatuf.cases.internal.CaseReport;
import org.takatuf.core.UserInputException;
import org.takatuf.identity.CurrentMember;
import org.takatuf.identity.Organisation;
import org.takatuf.platform.MailCatcher;
import org.takatuf.support.IntegrationTest;
import org.takatuf.support.TestData;

/**
 * The whole path on the server side: an anonymous report through the form, claim, verify, adopt,
 * assign, give, publish, close, with the events other modules consume and the reporter's timeline and
 * e-mails; reject with a reason; duplicates suggested and merged; hand-over; bad input and double submit.
 */
@IntegrationTest
@Import(CasesTestConfiguration.class)
@RecordApplicationEvents
class CaseFlowIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    CasesFixtures fixtures;
    @Autowired
    CaseManagement cases;
    @Autowired
    MailCatcher mails;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEvents events;

    @Test
    void anonymousReportToClosureWithEventsTimelineAndMails() throws Exception {
        CurrentMember admin = fixtures.member("flow-org");
        CurrentMember volunteer = fixtures.member("flow-volunteer");
        Organisation org = fixtures.organisation(admin, true, CasesFixtures.BEIRUT_FOOD);
        fixtures.join(org, volunteer);
        String contact = TestData.email("anonymous-reporter");
        String key = UUID.randomUUID().toString();

        MvcResult sent = mvc.perform(post("/cases").with(csrf())
                        .param("category", "food").param("urgency", "critical").param("city", "beirut").param("area", "الكرنتينا")
                        .param("householdSize", "5").param("summary", "أم وأربعة أطفال بلا طعام منذ أيام")
                        .param("beneficiaryName", "سعاد م.").param("phone", "+961 70 123 456").param("reporterContact", contact)
                        .param("consentSummary", "true").param("submissionKey", key))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/cases/submitted")).andReturn();
        UUID id = (UUID) sent.getFlashMap().get("caseId");
        String token = (String) sent.getFlashMap().get("followToken");
        assertThat(token).hasSizeGreaterThanOrEqualTo(40);
        // the same submission again (double click, retried request) is the same case
        mvc.perform(post("/cases").with(csrf()).param("category", "food").param("urgency", "critical").param("city", "beirut")
                        .param("householdSize", "5").param("summary", "أم وأربعة أطفال بلا طعام منذ أيام")
                        .param("reporterContact", contact).param("submissionKey", key))
                .andExpect(flash().attribute("caseId", id)).andExpect(flash().attribute("followToken", token));
        assertThat(jdbc.sql("SELECT count(*) FROM case_report WHERE submission_key = ?").param(key).query(Long.class).single()).isOne();
        assertThat(events.stream(CaseReported.class).filter(e -> e.caseId().value().equals(id)).count()).isOne();

        String slug = org.getSlug();
        act(admin, id, "claim", slug);
        act(admin, id, "verify", slug, "note", "زيارة منزلية ومقابلة الأم", "summary", "أم وأربعة أطفال تحتاج حصصًا غذائية");
        CaseVerified verified = events.stream(CaseVerified.class).filter(e -> e.caseId().value().equals(id)).findFirst().orElseThrow();
        assertThat(verified).isEqualTo(new CaseVerified(new CaseId(id), org.organisationId(), CaseCategory.FOOD, "beirut",
                "أم وأربعة أطفال تحتاج حصصًا غذائية"));
        act(admin, id, "adopt", slug);
        act(admin, id, "assign", slug, "volunteer", volunteer.uuid().toString());
        assertThat(events.stream(CaseVolunteerAssigned.class).filter(e -> e.caseId().value().equals(id)).map(CaseVolunteerAssigned::volunteer))
                .containsExactly(volunteer.id());
        act(admin, id, "give", slug, "note", "حصة غذائية لشهر");
        act(admin, id, "publish", slug, "summary", "أم وأربعة أطفال تحتاج حصصًا غذائية");
        mvc.perform(get("/cases/" + id)).andExpect(status().isOk()).andExpect(content().string(containsString("تحتاج حصصًا غذائية")));
        act(admin, id, "close", slug, "note", "وصلت الحصص لثلاثة أشهر");
        assertThat(events.stream(CaseClosed.class).filter(e -> e.caseId().value().equals(id)).count()).isOne();
        mvc.perform(get("/cases/" + id)).andExpect(status().isNotFound());

        String timeline = mvc.perform(get("/cases/follow/" + token)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        // the organisation's name inside each step's sentence is bidi-isolated on the page
        String name = "\u2068" + org.getName() + "\u2069";
        assertThat(timeline).contains("وصل البلاغ", "استلمت " + name, "تحقّقت " + name, "تبنّت " + name,
                "قدّمت " + name, "حصة غذائية لشهر", "أغلقت " + name, "وصلت الحصص لثلاثة أشهر", "مغلقة");
        // how the case was verified is internal
        assertThat(timeline).doesNotContain("زيارة منزلية ومقابلة الأم");

        List<MailCatcher.CaughtMail> received = mails.messagesTo(contact);
        assertThat(received).hasSizeGreaterThanOrEqualTo(6);
        assertThat(received).allSatisfy(m -> assertThat(m.textBody()).contains("/cases/follow/" + token));
        assertThat(received.stream().map(MailCatcher.CaughtMail::textBody)).anyMatch(t -> t.contains("حصة غذائية لشهر"));
        assertThat(received.stream().map(MailCatcher.CaughtMail::textBody)).noneMatch(t -> t.contains("زيارة منزلية ومقابلة الأم"));
    }

    @Test
    void aRejectionSendsTheReasonToTheReporter() throws Exception {
        CurrentMember admin = fixtures.member("reject-org");
        Organisation org = fixtures.organisation(admin, true, CasesFixtures.BEIRUT_FOOD);
        CasesFixtures.Secrets s = CasesFixtures.secrets();
        UUID id = fixtures.report(CaseCategory.FOOD, CaseCity.BEIRUT, s, false).caseId();
        act(admin, id, "claim", org.getSlug());
        mvc.perform(post("/cases/" + id + "/reject").with(user(admin)).with(csrf()).param("organisation", org.getSlug()).param("note", " "))
                .andExpect(flash().attributeExists("error"));
        act(admin, id, "reject", org.getSlug(), "note", "الأسرة تتلقى المساعدة نفسها من جمعية أخرى");
        assertThat(mails.messagesTo(s.contact()).getFirst().textBody())
                // the organisation's name and its note are bidi-isolated (FSI … PDI) inside the sentences
                .contains("اعتذرت \u2068" + org.getName() + "\u2069").contains("\u2068الأسرة تتلقى المساعدة نفسها من جمعية أخرى\u2069");
    }

    @Test
    void duplicatesAreSuggestedBySamePhoneOrCloseTextAndMerged() throws Exception {
        CurrentMember admin = fixtures.member("dup-org");
        Organisation org = fixtures.organisation(admin, true, "JOUNIEH:DEBTS");
        CasesFixtures.Secrets s = CasesFixtures.secrets();
        Locale ar = Locale.forLanguageTag("ar");
        UUID first = cases.report(null, CasesFixtures.command(CaseCategory.DEBTS, CaseCity.JOUNIEH,
                "عائلة عليها دين للصيدلية ثمن دواء الأب المريض بالقلب", s, false), ar).caseId();
        // same phone written differently, other words
        CasesFixtures.Secrets samePhone = new CasesFixtures.Secrets("اسم آخر", "00" + s.phone().replaceAll("[^0-9]", ""), "عنوان",
                null, s.contact());
        UUID second = cases.report(null, CasesFixtures.command(CaseCategory.DEBTS, CaseCity.JOUNIEH, "ديون متراكمة على أسرة",
                samePhone, false), ar).caseId();
        // another phone, nearly the same text
        UUID third = cases.report(null, CasesFixtures.command(CaseCategory.DEBTS, CaseCity.JOUNIEH,
                "عائلة عليها دين للصيدلية ثمن دواء الأب المريض بالقلب.", CasesFixtures.secrets(), false), ar).caseId();
        // another phone, another text, another district and household
        CaseCommand other = CasesFixtures.command(CaseCategory.DEBTS, CaseCity.JOUNIEH, "طالب جامعي يحتاج قسط الفصل الأخير",
                CasesFixtures.secrets(), false);
        UUID unrelated = cases.report(null, new CaseCommand(other.category(), other.urgency(), other.city(), "ذوق مكايل", 1,
                other.summary(), null, null, null, null, null, null, other.reporterContact(), false, false, other.submissionKey(),
                java.util.List.of()), ar).caseId();

        CaseReport firstCase = cases.forOrganisation(admin.id(), org, first);
        assertThat(cases.duplicates(admin.id(), org, firstCase).stream().map(CaseReport::getId))
                .contains(second, third).doesNotContain(unrelated, first);

        act(admin, second, "claim", org.getSlug());
        mvc.perform(get("/cases/" + second + "/manage").param("organisation", org.getSlug()).with(user(admin)))
                .andExpect(content().string(containsString(first.toString())));
        mvc.perform(post("/cases/" + second + "/merge").with(user(admin)).with(csrf()).param("organisation", org.getSlug())
                        .param("target", first.toString()))
                .andExpect(redirectedUrl("/cases/triage?organisation=" + org.getSlug()));
        assertThat(jdbc.sql("SELECT status || '|' || duplicate_of FROM case_report WHERE id = ?").param(second).query(String.class).single())
                .isEqualTo("MERGED|" + first);
    }

    @Test
    void aCaseIsHandedOverOnlyToAVerifiedOrganisationWorkingThere() throws Exception {
        CurrentMember admin = fixtures.member("from-org");
        CurrentMember otherAdmin = fixtures.member("to-org");
        CurrentMember farAdmin = fixtures.member("far-org");
        Organisation from = fixtures.organisation(admin, true, CasesFixtures.BEIRUT_FOOD);
        Organisation to = fixtures.organisation(otherAdmin, true, CasesFixtures.BEIRUT_FOOD);
        Organisation far = fixtures.organisation(farAdmin, true, CasesFixtures.TRIPOLI_FOOD);
        UUID id = fixtures.report(CaseCategory.FOOD, CaseCity.BEIRUT, CasesFixtures.secrets(), false).caseId();
        act(admin, id, "claim", from.getSlug());
        mvc.perform(post("/cases/" + id + "/hand-over").with(user(admin)).with(csrf()).param("organisation", from.getSlug())
                        .param("targetOrganisation", far.getSlug()))
                .andExpect(flash().attribute("error", "هذه الجمعية لا تعمل في هذه المدينة أو هذا النوع من الحاجات."));
        mvc.perform(post("/cases/" + id + "/hand-over").with(user(admin)).with(csrf()).param("organisation", from.getSlug())
                .param("targetOrganisation", to.getSlug())).andExpect(flash().attributeExists("flash"));
        assertThat(cases.forOrganisation(otherAdmin.id(), to, id).getHandlingOrgId()).isEqualTo(to.getId());
        act(otherAdmin, id, "verify", to.getSlug(), "note", "اتصال");
        assertThatThrownBy(() -> cases.adopt(admin.id(), from, id)).isInstanceOf(UserInputException.class);
    }

    @Test
    void badInputIsAnsweredInTheReadersLanguageAndTheFormKeepsWhatWasTyped() throws Exception {
        mvc.perform(post("/cases").with(csrf()).param("category", "food").param("city", "beirut").param("urgency", "high")
                        .param("householdSize", "3").param("summary", "أسرة تحتاج مساعدة عاجلة").param("area", "حي السلّم"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("اترك بريدًا إلكترونيًا أو رقم هاتف")))
                .andExpect(content().string(containsString("حي السلّم")));
        mvc.perform(post("/cases").with(csrf()).param("lang", "en").param("category", "food").param("city", "atlantis")
                        .param("urgency", "high").param("householdSize", "3").param("summary", "a family needs help"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("Choose the city.")));
        mvc.perform(post("/cases").with(csrf()).param("category", "food").param("city", "beirut").param("urgency", "high")
                        .param("householdSize", "lots").param("summary", "أسرة تحتاج مساعدة").param("reporterContact", "a@b.org"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/cases").with(csrf()).param("category", "food").param("city", "beirut").param("urgency", "high")
                        .param("householdSize", "3").param("summary", "أسرة تحتاج مساعدة").param("reporterContact", "a@b.org")
                        .param("latitude", "33.9"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("خط العرض وخط الطول")));
        // no CSRF token: refused
        mvc.perform(post("/cases").param("category", "food")).andExpect(status().isForbidden());
    }

    void act(CurrentMember who, UUID id, String action, String slug, String... params) throws Exception {
        var request = post("/cases/" + id + "/" + action).with(user(who)).with(csrf()).param("organisation", slug);
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        mvc.perform(request).andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("flash"));
    }
}
