package org.takatuf.advocacy;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.takatuf.advocacy.internal.CompanyManagement;
import org.takatuf.advocacy.internal.Complaint;
import org.takatuf.advocacy.internal.ComplaintManagement;
import org.takatuf.advocacy.internal.ComplaintStatus;
import org.takatuf.advocacy.internal.SupportManagement;
import org.takatuf.identity.CurrentMember;
import org.takatuf.identity.Role;
import org.takatuf.platform.MailCatcher;
import org.takatuf.support.Eventually;
import org.takatuf.support.IntegrationTest;
import org.takatuf.support.TestData;
import org.takatuf.volunteering.MutableClock;

/** The outcomes of issue 7 through the web layer, on the real database. */
@IntegrationTest
@RecordApplicationEvents
@Import(AdvocacyTestConfiguration.class)
class ComplaintLifecycleIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    AdvocacyFixtures fixtures;
    @Autowired
    ComplaintManagement complaints;
    @Autowired
    SupportManagement supports;
    @Autowired
    CompanyManagement companies;
    @Autowired
    MutableClock clock;
    @Autowired
    MailCatcher mail;
    @Autowired
    ApplicationEvents events;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private MvcResult openByForm(CurrentMember author, String company, String hashtag, UUID key) throws Exception {
        return mvc.perform(post("/complaints").with(user(author)).with(csrf())
                .param("companyName", company).param("country", "JO").param("sector", "telecom")
                .param("title", "الإنترنت مقطوع منذ ثلاثة أسابيع")
                .param("whatHappened", "اتصلت بخدمة العملاء سبع مرات، وفي كل مرة يقولون أطفئ الراوتر وأعد تشغيله.")
                .param("outcome", "cancellation-without-penalty").param("hashtag", hashtag)
                .param("submissionKey", key.toString())).andReturn();
    }

    @Test
    void aComplaintIsAPrivateDraftUntilItHasEvidenceAndIsSent() throws Exception {
        CurrentMember author = fixtures.member("akram");
        String company = AdvocacyFixtures.companyName();
        String tag = "كلنا_أكرم_" + TestData.suffix();
        MvcResult created = openByForm(author, company, "#" + tag, UUID.randomUUID());
        assertThat(created.getResponse().getStatus()).isEqualTo(302);
        String location = created.getResponse().getRedirectedUrl();
        UUID id = UUID.fromString(location.substring("/complaints/".length()));
        assertThat(events.stream(ComplaintOpened.class).filter(e -> e.complaint().value().equals(id))).hasSize(1);

        // a draft: the author sees it, nobody else does, it is in no list
        mvc.perform(get(location).with(user(author))).andExpect(status().isOk())
                .andExpect(content().string(containsString(company))).andExpect(content().string(containsString("#" + tag)))
                .andExpect(content().string(containsString("/tags/")));
        mvc.perform(get(location)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/complaints")).andExpect(content().string(not(containsString(id.toString()))));

        // sending without evidence is refused
        mvc.perform(post(location + "/send").with(user(author)).with(csrf())).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("أرفق دليلًا واحدًا على الأقل")));
        // evidence must come with the confirmation that no employee can be recognised
        mvc.perform(multipart(location + "/evidence").file(new MockMultipartFile("file", "a.jpg", "image/jpeg", AdvocacyFixtures.jpegWithExif()))
                .with(user(author)).with(csrf())).andExpect(status().isBadRequest());
        // a file that is not an image is refused by its bytes
        mvc.perform(multipart(location + "/evidence").file(new MockMultipartFile("file", "a.jpg", "image/jpeg", "<html>".getBytes()))
                .param("noStaffData", "true").with(user(author)).with(csrf())).andExpect(status().isBadRequest());
        mvc.perform(multipart(location + "/evidence").file(new MockMultipartFile("file", "a.jpg", "image/jpeg", AdvocacyFixtures.jpegWithExif()))
                .param("caption", "فاتورة الشهر").param("noStaffData", "true").with(user(author)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        var evidence = complaints.evidence(id).getFirst();

        mvc.perform(post(location + "/send").with(user(author)).with(csrf())).andExpect(status().is3xxRedirection());
        Complaint sent = complaints.find(id).orElseThrow();
        assertThat(sent.status()).isEqualTo(ComplaintStatus.SENT);
        assertThat(sent.sentAt()).isNotNull();
        assertThat(events.stream(ComplaintSent.class).filter(e -> e.complaint().value().equals(id))).hasSize(1);

        // now public: page, list, API, evidence image without the metadata it was uploaded with
        mvc.perform(get(location)).andExpect(status().isOk()).andExpect(content().string(containsString("عدّاد الرد")))
                .andExpect(content().string(containsString("حق الرد")));
        mvc.perform(get("/complaints").param("sector", "telecom")).andExpect(content().string(containsString(id.toString())));
        mvc.perform(get("/api/v1/complaints").param("sector", "telecom").param("status", "sent"))
                .andExpect(status().isOk()).andExpect(content().string(containsString(id.toString())))
                .andExpect(content().string(not(containsString(author.email()))))
                .andExpect(content().string(not(containsString(author.displayName()))));
        MvcResult image = mvc.perform(get(location + "/evidence/" + evidence.id())).andExpect(status().isOk())
                .andExpect(header().string("X-Content-Type-Options", "nosniff")).andReturn();
        String bytes = new String(image.getResponse().getContentAsByteArray(), StandardCharsets.ISO_8859_1);
        assertThat(bytes).doesNotContain("Exif").doesNotContain("GPSLatitude").doesNotContain("Akram");
        // a sent complaint's text no longer changes
        mvc.perform(post(location + "/edit").with(user(author)).with(csrf()).param("companyName", company).param("country", "JO")
                .param("sector", "telecom").param("title", "عنوان آخر تمامًا").param("whatHappened", "x".repeat(40))
                .param("outcome", "refund").param("hashtag", tag)).andExpect(status().isConflict());
    }

    @Test
    void aDoubleSubmittedFormOpensOneComplaint() throws Exception {
        CurrentMember author = fixtures.member("twice");
        UUID key = UUID.randomUUID();
        String company = AdvocacyFixtures.companyName();
        String tag = "مرتين_" + TestData.suffix();
        String first = openByForm(author, company, tag, key).getResponse().getRedirectedUrl();
        String second = openByForm(author, company, tag, key).getResponse().getRedirectedUrl();
        assertThat(second).isEqualTo(first);
        assertThat(complaints.mine(author.id())).hasSize(1);
    }

    @Test
    void badInputKeepsTheFormAndSaysWhy() throws Exception {
        CurrentMember author = fixtures.member("typo");
        String company = AdvocacyFixtures.companyName();
        // a hashtag with a space
        MvcResult bad = openByForm(author, company, "كلنا أكرم", UUID.randomUUID());
        assertThat(bad.getResponse().getStatus()).isEqualTo(400);
        var page = Jsoup.parse(bad.getResponse().getContentAsString());
        assertThat(page.select(".alert-danger").text()).contains("الوسم من حرفين إلى خمسين");
        assertThat(page.select("#companyName").attr("value")).isEqualTo(company);
        assertThat(page.select("#hashtag").attr("value")).isEqualTo("كلنا أكرم");
        // an employee's phone number in the text
        MvcResult phone = mvc.perform(post("/complaints").with(user(author)).with(csrf())
                .param("companyName", company).param("country", "JO").param("sector", "telecom").param("title", "موظف لم يساعدني")
                .param("whatHappened", "الموظف صاحب الرقم ٠٧٩١٢٣٤٥٦٧ رفض إصلاح الخط وأغلق الهاتف في وجهي")
                .param("outcome", "repair").param("hashtag", "خط_معطل_" + TestData.suffix())).andReturn();
        assertThat(phone.getResponse().getStatus()).isEqualTo(400);
        assertThat(phone.getResponse().getContentAsString()).contains("احذف أرقام الهواتف");
        // an unknown sector or country
        mvc.perform(post("/complaints").with(user(author)).with(csrf()).param("companyName", company).param("country", "XX")
                .param("sector", "telecom").param("title", "عنوان كاف").param("whatHappened", "ن".repeat(40)).param("outcome", "refund")
                .param("hashtag", "وسم_" + TestData.suffix())).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/complaints").param("sector", "bakery")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value("القطاع غير معروف."));
        assertThat(complaints.mine(author.id())).isEmpty();
    }

    @Test
    void twoSpellingsOfOneHashtagAreOneTag() {
        CurrentMember a = fixtures.member("tag-a");
        CurrentMember b = fixtures.member("tag-b");
        String suffix = TestData.suffix();
        var command = AdvocacyFixtures.telecom(AdvocacyFixtures.companyName());
        complaints.open(a.id(), new org.takatuf.advocacy.internal.ComplaintCommand(command.companyName(), "JO", Sector.TELECOM,
                command.title(), command.whatHappened(), command.outcome(), null, "كلنا_أكرم_" + suffix), UUID.randomUUID());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> complaints.open(b.id(),
                        new org.takatuf.advocacy.internal.ComplaintCommand(command.companyName(), "JO", Sector.TELECOM, command.title(),
                                command.whatHappened(), command.outcome(), null, "#كلنا_اكرم_" + suffix), UUID.randomUUID()))
                .isInstanceOf(org.takatuf.core.ConflictException.class);
    }

    @Test
    void supportersJoinOnceAndMeTooAddsTheirExperience() throws Exception {
        Complaint c = fixtures.sentComplaint(fixtures.member("author"), AdvocacyFixtures.companyName());
        CurrentMember simple = fixtures.member("simple");
        CurrentMember meToo = fixtures.member("metoo");
        String page = "/complaints/" + c.id();
        // a double click: two requests, one support
        mvc.perform(post(page + "/support").with(user(simple)).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(post(page + "/support").with(user(simple)).with(csrf())).andExpect(status().is3xxRedirection());
        // "me too" needs an experience
        mvc.perform(post(page + "/support").with(user(meToo)).with(csrf()).param("meToo", "true")).andExpect(status().isBadRequest());
        mvc.perform(post(page + "/support").with(user(meToo)).with(csrf()).param("meToo", "true")
                .param("experience", "نفس المشكلة معي منذ شهر، والغرامة نفسها")).andExpect(status().is3xxRedirection());
        // the simple supporter says "me too" later: still one supporter
        supports.support(simple.id(), c.id(), true, "انقطع الإنترنت عندي أيضًا أسبوعين");
        assertThat(supports.counts(c.id())).isEqualTo(new SupportManagement.Counts(2, 2));
        assertThat(events.stream(ComplaintSupported.class).filter(e -> e.complaint().value().equals(c.id()))).hasSize(3);
        // the author cannot support their own complaint
        mvc.perform(post(page + "/support").with(user(new CurrentMember(c.authorId(), "x@example.org", "", "x",
                java.util.Set.of(Role.MEMBER), true))).with(csrf())).andExpect(status().isConflict());
        mvc.perform(get(page)).andExpect(content().string(containsString("داعمان")))
                .andExpect(content().string(containsString("نفس المشكلة معي منذ شهر")))
                .andExpect(content().string(containsString("الهدف التالي: 100")));
        // a "me too" supporter adds evidence of their own
        complaints.addEvidence(meToo.id(), c.id(), AdvocacyFixtures.png(), null, true);
        assertThat(complaints.evidence(c.id())).hasSize(2);
    }

    @Test
    void theCompanyClaimsByDomainEmailAnswersAndOnlyTheComplainantResolves() throws Exception {
        CurrentMember author = fixtures.member("resolved-author");
        CurrentMember meToo = fixtures.member("resolved-metoo");
        CurrentMember other = fixtures.member("bystander");
        CurrentMember admin = fixtures.member("admin", Role.ADMIN);
        CurrentMember rep = fixtures.member("umniah-rep");
        Complaint c = fixtures.sentComplaint(author, AdvocacyFixtures.companyName());
        supports.support(meToo.id(), c.id(), true, "حدث معي الشيء نفسه تمامًا");
        UUID company = c.companyId();
        String domain = "amal-" + TestData.suffix() + ".jo";

        // e-mail claims need the official domain, which only administrators set
        mvc.perform(post("/companies/" + company + "/domain").with(user(rep)).with(csrf()).param("domain", domain))
                .andExpect(status().isForbidden());
        mvc.perform(post("/companies/" + company + "/claim/email").with(user(rep)).with(csrf()).param("email", "rep@" + domain))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/companies/" + company + "/domain").with(user(admin)).with(csrf()).param("domain", domain))
                .andExpect(status().is3xxRedirection());
        // an address elsewhere is refused; one at the domain gets a code
        mvc.perform(post("/companies/" + company + "/claim/email").with(user(rep)).with(csrf()).param("email", "rep@gmail.com"))
                .andExpect(status().isBadRequest());
        String workEmail = "care@" + domain;
        mvc.perform(post("/companies/" + company + "/claim/email").with(user(rep)).with(csrf()).param("email", workEmail))
                .andExpect(status().is3xxRedirection());
        MailCatcher.CaughtMail codeMail = mail.messagesTo(workEmail).getLast();
        String code = codeMail.textBody().lines().map(String::strip).filter(l -> l.matches("\\d{6}")).findFirst().orElseThrow();
        assertThat(codeMail.htmlBody()).contains(code);
        // the company's name is bidi-isolated by the mail template itself (#bidi), in both parts, and by the sender in the subject
        assertThat(codeMail.textBody()).contains("توثيق صفحة \u2068").contains("\u2069 على تكاتف بهذا البريد");
        assertThat(codeMail.htmlBody()).contains("توثيق صفحة \u2068").contains("\u2069 على تكاتف بهذا البريد");
        assertThat(codeMail.subject()).contains("صفحة \u2068").contains("\u2069 على تكاتف");
        // a representative cannot answer yet
        mvc.perform(post("/complaints/" + c.id() + "/responses").with(user(rep)).with(csrf()).param("body", "نعتذر"))
                .andExpect(status().isForbidden());
        String wrong = code.equals("000000") ? "111111" : "000000";
        mvc.perform(post("/companies/" + company + "/claim/code").with(user(rep)).with(csrf()).param("code", wrong))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/companies/" + company + "/claim/code").with(user(rep)).with(csrf()).param("code", code))
                .andExpect(status().is3xxRedirection());
        assertThat(companies.isRepresentative(rep.id(), company)).isTrue();
        assertThat(companies.get(company).isClaimed()).isTrue();
        assertThat(events.stream(CompanyClaimed.class).filter(e -> e.company().value().equals(company))).hasSize(1);

        // two days later the company answers privately, then in public proposing that it is solved
        clock.advance(Duration.ofDays(2));
        mvc.perform(post("/complaints/" + c.id() + "/responses").with(user(rep)).with(csrf())
                .param("body", "رقم التذكرة 55123، سنتصل بك خلال يوم").param("visibility", "private")).andExpect(status().is3xxRedirection());
        assertThat(complaints.find(c.id()).orElseThrow().status()).isEqualTo(ComplaintStatus.SENT);
        mvc.perform(post("/complaints/" + c.id() + "/responses").with(user(rep)).with(csrf())
                .param("body", "أصلحنا الخط وألغينا الغرامة، ونعتذر عن التأخير").param("visibility", "public")
                .param("proposesResolved", "true")).andExpect(status().is3xxRedirection());
        Complaint answered = complaints.find(c.id()).orElseThrow();
        assertThat(answered.status()).isEqualTo(ComplaintStatus.ANSWERED);
        assertThat(answered.companyProposesResolved()).isTrue();
        assertThat(answered.waiting(clock.instant())).isEqualTo(Duration.ofDays(2));
        assertThat(events.stream(CompanyResponded.class).filter(e -> e.complaint().value().equals(c.id()))).hasSize(2);
        // the private answer is for the complainants and the company only
        mvc.perform(get("/complaints/" + c.id())).andExpect(content().string(containsString("ألغينا الغرامة")))
                .andExpect(content().string(containsString("<meta property=\"og:url\" content=\"")))
                .andExpect(content().string(containsString("/engage/comments?type=complaint&amp;id=" + c.id())))
                .andExpect(content().string(containsString("ref%3Dwhatsapp")))
                .andExpect(content().string(not(containsString("name=\"ref\""))));
        // a visit through a share link: the page carries the form that counts it, and the count goes up by one
        mvc.perform(get("/complaints/" + c.id()).param("ref", "whatsapp"))
                .andExpect(content().string(containsString("name=\"ref\" value=\"whatsapp\"")));
        mvc.perform(post("/engage/shares").with(csrf()).param("type", "complaint").param("id", c.id().toString()).param("ref", "whatsapp"))
                .andExpect(status().isNoContent());
        mvc.perform(get("/engage/shares").param("type", "complaint").param("id", c.id().toString()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("زيارة واحدة")));
        mvc.perform(get("/complaints/" + c.id()))
                .andExpect(content().string(not(containsString("55123"))));
        mvc.perform(get("/complaints/" + c.id()).with(user(other))).andExpect(content().string(not(containsString("55123"))));
        mvc.perform(get("/complaints/" + c.id()).with(user(author))).andExpect(content().string(containsString("55123")));
        mvc.perform(get("/complaints/" + c.id()).with(user(meToo))).andExpect(content().string(containsString("55123")));
        // the company answered after two days: its median shows on the company page
        assertThat(companies.medianResponse(company)).contains(Duration.ofDays(2));
        mvc.perform(get("/companies/" + company)).andExpect(status().isOk()).andExpect(content().string(containsString("يومان")))
                .andExpect(content().string(containsString("صفحة موثّقة")));

        // the company alone cannot declare it resolved; the complainant does
        mvc.perform(post("/complaints/" + c.id() + "/resolve").with(user(rep)).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/complaints/" + c.id() + "/resolve").with(user(author)).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(complaints.find(c.id()).orElseThrow().status()).isEqualTo(ComplaintStatus.RESOLVED);
        assertThat(events.stream(ComplaintResolved.class).filter(e -> e.complaint().value().equals(c.id()))).hasSize(1);
        // closed: no more supporters
        mvc.perform(post("/complaints/" + c.id() + "/support").with(user(other)).with(csrf())).andExpect(status().isConflict());
    }

    @Test
    void theCompanysRepresentativesAreToldInTheirLanguageWhenAComplaintIsSent() throws Exception {
        CurrentMember first = fixtures.member("sent-first-author");
        CurrentMember author = fixtures.member("sent-author");
        CurrentMember rep = fixtures.member("sent-rep");
        String company = AdvocacyFixtures.companyName();
        Complaint earlier = fixtures.sentComplaint(first, company);
        fixtures.representative(earlier, rep);

        Complaint c = fixtures.sentComplaint(author, company);
        assertThat(c.companyId()).isEqualTo(earlier.companyId());

        MailCatcher.CaughtMail told = Eventually.until(() -> mail.messagesTo(rep.email()).stream()
                .filter(m -> m.textBody().contains("/complaints/" + c.id())).findFirst(), java.util.Optional::isPresent).orElseThrow();
        assertThat(told.subject()).contains(company);
        assertThat(told.textBody()).contains(c.title()).contains("ممثل موثَّق");
        assertThat(told.htmlBody()).contains("dir=\"rtl\"").contains("/complaints/" + c.id());
        // the author is not a representative and gets no such mail
        assertThat(mail.messagesTo(author.email())).noneMatch(m -> m.textBody().contains("ممثل موثَّق"));
    }

    @Test
    void withoutAnAnswerPastTheDeadlineTheComplainantEscalatesWithARegulatorPdf() throws Exception {
        CurrentMember author = fixtures.member("escalating");
        Complaint c = fixtures.sentComplaint(author, "متاجر الضياء للكاميرات " + TestData.suffix());
        supports.support(fixtures.member("photographer").id(), c.id(), true, "اشتريت منهم عدسة مقلدة أيضًا");
        String page = "/complaints/" + c.id();
        mvc.perform(post(page + "/escalate").with(user(author)).with(csrf())).andExpect(status().isConflict())
                .andExpect(content().string(containsString("مهلة الرد")));
        mvc.perform(get(page + "/regulator.pdf").with(user(author))).andExpect(status().isConflict());
        clock.advance(Duration.ofDays(15));
        mvc.perform(get(page).with(user(author))).andExpect(content().string(containsString("يومًا")))
                .andExpect(content().string(containsString("بلا رد منذ")));
        mvc.perform(post(page + "/escalate").with(user(author)).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(complaints.find(c.id()).orElseThrow().status()).isEqualTo(ComplaintStatus.UNRESOLVED);
        assertThat(events.stream(ComplaintEscalated.class).filter(e -> e.complaint().value().equals(c.id())))
                .singleElement().satisfies(e -> assertThat(e.country()).isEqualTo("JO"));
        mvc.perform(get(page).with(user(author))).andExpect(content().string(containsString("هيئة تنظيم قطاع الاتصالات")));
        for (String lang : new String[] {"ar", "en"}) {
            MvcResult pdf = mvc.perform(get(page + "/regulator.pdf").param("lang", lang).with(user(author))).andExpect(status().isOk())
                    .andExpect(header().string("Content-Type", "application/pdf")).andReturn();
            byte[] body = pdf.getResponse().getContentAsByteArray();
            assertThat(new String(Arrays.copyOf(body, 5), StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
            try (var document = org.apache.pdfbox.Loader.loadPDF(body)) {
                String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
                assertThat(text).contains("JO").contains(author.email());
                if (lang.equals("ar")) {
                    assertThat(text).contains("هيئة تنظيم قطاع الاتصالات").contains("داعم واحد");
                } else {
                    assertThat(text).contains("#" + c.number()).contains("Complaint to the regulator").contains("Telecommunications Regulatory Commission")
                            .contains("1 supporter").contains("No answer from the company for 15 days").contains("1 piece of evidence");
                }
                assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(1);
            }
        }
        // the PDF is the complainant's: nobody else gets it
        mvc.perform(get(page + "/regulator.pdf").with(user(fixtures.member("nosy")))).andExpect(status().isForbidden());
        mvc.perform(get(page + "/regulator.pdf")).andExpect(status().is3xxRedirection());
    }

    @Test
    void aNewAccountOpensOneComplaintADay() throws Exception {
        CurrentMember author = fixtures.member("eager");
        assertThat(openByForm(author, AdvocacyFixtures.companyName(), "اول_" + TestData.suffix(), UUID.randomUUID())
                .getResponse().getStatus()).isEqualTo(302);
        MvcResult second = openByForm(author, AdvocacyFixtures.companyName(), "ثاني_" + TestData.suffix(), UUID.randomUUID());
        assertThat(second.getResponse().getStatus()).isEqualTo(429);
        assertThat(Long.parseLong(second.getResponse().getHeader("Retry-After"))).isPositive();
        assertThat(second.getResponse().getContentAsString()).contains("فتحت شكاوى كثيرة اليوم");
    }
}
