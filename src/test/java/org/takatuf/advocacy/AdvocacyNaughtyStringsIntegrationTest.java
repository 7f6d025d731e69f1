package org.takatuf.advocacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
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
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.takatuf.advocacy.internal.CompanyManagement;
import org.takatuf.advocacy.internal.Complaint;
import org.takatuf.advocacy.internal.ComplaintManagement;
import org.takatuf.identity.CurrentMember;
import org.takatuf.identity.Role;
import org.takatuf.support.IntegrationTest;

/**
 * The Big List of Naughty Strings through every text field of the complaint forms (complaint, hashtag,
 * experience, answer, claim, moderation) and the public filters and API: never a 5xx, never an unescaped
 * echo, and what was accepted is stored and shown exactly as typed (trimmed).
 */
@IntegrationTest
@Import(AdvocacyTestConfiguration.class)
class AdvocacyNaughtyStringsIntegrationTest {

    static List<String> naughty;

    @Autowired
    MockMvc mvc;
    @Autowired
    AdvocacyFixtures fixtures;
    @Autowired
    ComplaintManagement complaints;
    @Autowired
    CompanyManagement companies;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = AdvocacyNaughtyStringsIntegrationTest.class.getResourceAsStream("/blns/blns.json")) {
            naughty = new ObjectMapper().readValue(in, new TypeReference<List<String>>() { });
        }
        assertThat(naughty).hasSizeGreaterThan(400);
    }

    @Test
    void theComplaintFormStoresOrRefusesEveryStringAndRoundTripsIt() throws Exception {
        CurrentMember author = fixtures.member("naughty-author");
        Complaint draft = complaints.open(author.id(), AdvocacyFixtures.telecom(AdvocacyFixtures.companyName()), UUID.randomUUID());
        String edit = "/complaints/" + draft.id() + "/edit";
        List<String> problems = new ArrayList<>();
        for (String s : naughty) {
            MvcResult result = mvc.perform(post(edit).with(user(author)).with(csrf())
                    .param("companyName", s).param("country", "JO").param("sector", "telecom").param("title", s)
                    .param("whatHappened", s + " — وصف كاف لما حدث مع الشركة في هذه الشكوى").param("outcome", "refund")
                    .param("outcomeDetails", s).param("hashtag", draft.hashtag())).andReturn();
            int status = result.getResponse().getStatus();
            String body = result.getResponse().getContentAsString();
            if (status >= 500) {
                problems.add(status + " for " + s);
                continue;
            }
            if (s.contains("<") && body.contains(s)) {
                problems.add("unescaped echo of " + s);
            }
            if (status == 302) {
                Complaint stored = complaints.find(draft.id()).orElseThrow();
                if (!stored.title().equals(s.strip())) {
                    problems.add("stored '" + stored.title() + "' for '" + s + "'");
                }
                MvcResult page = mvc.perform(get("/complaints/" + draft.id()).with(user(author))).andReturn();
                if (page.getResponse().getStatus() != 200 || (s.contains("<script") && page.getResponse().getContentAsString().contains(s))) {
                    problems.add("page " + page.getResponse().getStatus() + " for " + s);
                }
            } else if (status == 400 && isPrintable(s) && !s.isBlank() && s.length() <= 100) {
                String echoed = Jsoup.parse(body).select("#title").attr("value");
                if (!echoed.equals(s)) {
                    problems.add("form lost '" + s + "' (got '" + echoed + "')");
                }
            } else if (status != 400 && status != 409) {
                problems.add(status + " for " + s);
            }
            // the hashtag field on its own
            check(problems, s, mvc.perform(post(edit).with(user(author)).with(csrf()).param("companyName", "شركة الاختبار")
                    .param("country", "JO").param("sector", "telecom").param("title", "عنوان كاف للشكوى")
                    .param("whatHappened", "وصف كاف لما حدث مع الشركة في هذه الشكوى تمامًا").param("outcome", "refund")
                    .param("hashtag", s)).andReturn());
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void supportAnswersClaimsModerationAndTheApiNeverFail() throws Exception {
        CurrentMember author = fixtures.member("naughty-sent");
        CurrentMember supporter = fixtures.member("naughty-supporter");
        CurrentMember rep = fixtures.member("naughty-rep");
        CurrentMember claimant = fixtures.member("naughty-claimant");
        CurrentMember admin = fixtures.member("naughty-admin", Role.ADMIN);
        Complaint c = fixtures.sentComplaint(author, AdvocacyFixtures.companyName());
        fixtures.representative(c, rep);
        String page = "/complaints/" + c.id();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < naughty.size(); i++) {
            String s = naughty.get(i);
            check(problems, s, mvc.perform(post(page + "/support").with(user(supporter)).with(csrf()).param("meToo", "true")
                    .param("experience", s)).andReturn());
            check(problems, s, mvc.perform(post(page + "/responses").with(user(rep)).with(csrf()).param("body", s)
                    .param("visibility", s)).andReturn());
            if (i % 3 == 0) { // each of these costs little to get right; a third of the list keeps the suite fast
                check(problems, s, mvc.perform(post("/companies/" + c.companyId() + "/claim/email").with(user(claimant)).with(csrf())
                        .param("email", s)).andReturn());
                check(problems, s, mvc.perform(post("/companies/" + c.companyId() + "/claim/code").with(user(claimant)).with(csrf())
                        .param("code", s)).andReturn());
                check(problems, s, mvc.perform(post("/companies/" + c.companyId() + "/domain").with(user(admin)).with(csrf())
                        .param("domain", s)).andReturn());
                check(problems, s, mvc.perform(post(page + "/evidence").with(user(author)).with(csrf()).param("caption", s)
                        .param("noStaffData", s)).andReturn());
            }
            check(problems, s, mvc.perform(get("/complaints").param("sector", s).param("status", s).param("page", s)).andReturn());
            check(problems, s, mvc.perform(get("/api/v1/complaints").param("sector", s).param("status", s).param("company", s)
                    .param("page", s)).andReturn());
            check(problems, s, mvc.perform(get("/companies/" + c.companyId()).param("page", s)).andReturn());
            if (i % 10 == 0) {
                check(problems, s, mvc.perform(multipart("/companies/" + c.companyId() + "/claim/document")
                        .file(new MockMultipartFile("document", s, "image/png", AdvocacyFixtures.png())).param("note", s)
                        .with(user(claimant)).with(csrf())).andReturn());
                check(problems, s, mvc.perform(post(page + "/hide").with(user(admin)).with(csrf()).param("reason", s)).andReturn());
                check(problems, s, mvc.perform(post(page + "/restore").with(user(admin)).with(csrf())).andReturn());
            }
        }
        for (CurrentMember viewer : List.of(author, supporter, rep)) {
            MvcResult shown = mvc.perform(get(page).with(user(viewer))).andReturn();
            check(problems, "<script>alert(123)</script>", shown);
            assertThat(shown.getResponse().getStatus()).isEqualTo(200);
        }
        assertThat(problems).isEmpty();
        // Arabic text round-trips into the stored answers unchanged
        assertThat(complaints.responses(c.id(), rep.id()).stream().map(r -> r.body()))
                .contains("ثم نفس سقطت وبالتحديد،, جزيرتي باستخدام أن دنو. إذ هنا؟ الستار وتنصيب كان. أهّل ايطاليا، بريطانيا-فرنسا قد أخذ. سليمان، إتفاقية بين ما, يذكر الحدود أي بعد, معاملة بولندا، الإطلاق عل إيو.");
    }

    private static void check(List<String> problems, String input, MvcResult result) throws Exception {
        int status = result.getResponse().getStatus();
        if (status >= 500) {
            problems.add(status + " on " + result.getRequest().getRequestURI() + " for " + input);
        }
        String type = String.valueOf(result.getResponse().getContentType());
        if (type.startsWith("text/html") && input.contains("<script") && result.getResponse().getContentAsString().contains(input)) {
            problems.add("unescaped echo on " + result.getRequest().getRequestURI() + " of " + input);
        }
    }

    private static boolean isPrintable(String s) {
        return s.codePoints().noneMatch(cp -> Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT
                || Character.getType(cp) == Character.UNASSIGNED || Character.getType(cp) == Character.SURROGATE
                || cp == 0xFEFF);
    }
}
