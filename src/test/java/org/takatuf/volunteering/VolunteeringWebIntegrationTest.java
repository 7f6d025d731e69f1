package org.takatuf.volunteering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.takatuf.identity.CurrentMember;
import org.takatuf.identity.Organisation;
import org.takatuf.support.IntegrationTest;
import org.takatuf.support.TestData;
import org.takatuf.volunteering.internal.Opportunity;
import org.takatuf.volunteering.internal.OpportunityManagement;
import org.takatuf.volunteering.internal.Shift;
import org.takatuf.volunteering.internal.Signup;
import org.takatuf.volunteering.internal.SignupManagement;

@IntegrationTest
@Import(VolunteeringTestConfiguration.class)
class VolunteeringWebIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    VolunteeringFixtures fixtures;
    @Autowired
    OpportunityManagement opportunities;
    @Autowired
    SignupManagement signups;
    @Autowired
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    record Setup(CurrentMember organiser, Organisation organisation, Opportunity opportunity, Shift shift) {
    }

    Setup ramadanPacking() {
        CurrentMember organiser = fixtures.member("منظمة البنك");
        Organisation org = fixtures.verifiedOrganisation(organiser);
        Opportunity o = fixtures.opportunity(organiser, org, VolunteeringFixtures.command("تعبئة سلال رمضان " + TestData.suffix(),
                ActivityType.FOOD_DISTRIBUTION, fixtures.nextFriday(), 9, 11, 5, 1));
        return new Setup(organiser, org, o, opportunities.shiftsOf(o.getId()).getFirst());
    }

    CurrentMember volunteer(String name) {
        CurrentMember m = fixtures.member(name);
        fixtures.volunteer(m, VolunteeringFixtures.food(), VolunteeringFixtures.fridayMornings());
        return m;
    }

    @Test
    void publicListFiltersAndFindsArabicSpellingVariants() throws Exception {
        Setup s = ramadanPacking();
        mvc.perform(get("/opportunities").param("city", "riyadh").param("activity", "food-distribution"))
                .andExpect(status().isOk()).andExpect(content().string(containsString(s.opportunity().getTitle())))
                .andExpect(content().string(containsString("توزيع الغذاء")));
        mvc.perform(get("/opportunities").param("city", "cairo"))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString(s.opportunity().getTitle()))));
        mvc.perform(get("/opportunities").param("place", "remote"))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString(s.opportunity().getTitle()))));
        mvc.perform(get("/opportunities").param("date", s.shift().localDate().toString()))
                .andExpect(status().isOk()).andExpect(content().string(containsString(s.opportunity().getTitle())));
        // "تعبئه" with ha instead of ta marbuta and without the hamza still finds "تعبئة"
        mvc.perform(get("/opportunities").param("q", "تعبئه سلال"))
                .andExpect(status().isOk()).andExpect(content().string(containsString(s.opportunity().getTitle())));
        mvc.perform(get("/opportunities").param("lang", "en").param("activity", "food-distribution"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Food distribution")));
        mvc.perform(get("/opportunities").param("date", "not-a-date")).andExpect(status().isBadRequest());
    }

    @Test
    void opportunityPageAndCalendarFile() throws Exception {
        Setup s = ramadanPacking();
        mvc.perform(get("/opportunities/{id}", s.opportunity().getId())).andExpect(status().isOk())
                .andExpect(content().string(containsString(s.opportunity().getTitle())))
                .andExpect(content().string(containsString("سجّل الدخول للتسجيل")))
                // the share card and the comment thread that every public page carries
                .andExpect(content().string(containsString("<meta property=\"og:title\" content=\"" + s.opportunity().getTitle())))
                .andExpect(content().string(containsString("/engage/comments?type=opportunity&amp;id=" + s.opportunity().getId())))
                .andExpect(content().string(containsString("https://wa.me/?text=")))
                .andExpect(content().string(containsString("/engage/shares?type=opportunity&amp;id=" + s.opportunity().getId())));
        mvc.perform(get("/shifts/{id}/calendar.ics", s.shift().id())).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("text/calendar")))
                .andExpect(content().string(containsString("BEGIN:VEVENT")))
                .andExpect(content().string(containsString("SUMMARY:" + s.opportunity().getTitle())));
        mvc.perform(get("/opportunities/{id}", "not-a-uuid")).andExpect(status().isBadRequest());
    }

    @Test
    void jsonListIsPublicAndCarriesNoCoordinatesOrCodes() throws Exception {
        Setup s = ramadanPacking();
        String suffix = s.opportunity().getTitle().substring(s.opportunity().getTitle().lastIndexOf(' ') + 1);
        MvcResult result = mvc.perform(get("/api/v1/opportunities").param("q", suffix))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].title").value(s.opportunity().getTitle()))
                .andExpect(jsonPath("$[0].activityType").value("food-distribution"))
                .andExpect(jsonPath("$[0].city").value("riyadh"))
                .andReturn();
        String json = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(json).doesNotContain("latitude", "longitude", s.shift().checkinCode());
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk()).andExpect(content().string(containsString("/api/v1/opportunities")));
    }

    @Test
    void volunteerSpaceNeedsSignIn() throws Exception {
        mvc.perform(get("/me/volunteering")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/volunteering/organisations/anything")).andExpect(status().is3xxRedirection());
    }

    @Test
    void volunteerSetsAvailabilityAndSignsUpForASuggestedShift() throws Exception {
        Setup s = ramadanPacking();
        CurrentMember me = fixtures.member("هدى");
        mvc.perform(get("/me/volunteering").with(user(me))).andExpect(status().isOk())
                .andExpect(content().string(containsString("أنشئ ملفي التطوعي")));
        mvc.perform(get("/me/volunteering/profile").with(user(me))).andExpect(status().isOk())
                .andExpect(content().string(containsString("الجمعة")));
        // Saturday is row 0, Friday row 6: ranges 18..20
        mvc.perform(post("/me/volunteering/profile").with(user(me)).with(csrf())
                        .param("activities", "food-distribution").param("city", "riyadh").param("radius", "20")
                        .param("zone", "Asia/Riyadh").param("languages", "ar")
                        .param("slots[18].day", "FRIDAY").param("slots[18].from", "08:00").param("slots[18].to", "12:00")
                        .param("slots[19].day", "FRIDAY").param("slots[19].from", "11:00").param("slots[19].to", "13:00"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("في يوم الجمعة: فترتان متداخلتان")));
        mvc.perform(post("/me/volunteering/profile").with(user(me)).with(csrf())
                        .param("activities", "food-distribution").param("city", "riyadh").param("radius", "20")
                        .param("zone", "Asia/Riyadh").param("languages", "ar")
                        .param("exceptions[0].kind", "AWAY").param("exceptions[0].from", "2326-01-01").param("exceptions[0].to", "2326-01-05"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("التاريخ بعيد جدًا")));
        mvc.perform(post("/me/volunteering/profile").with(user(me)).with(csrf())
                        .param("activities", "food-distribution").param("city", "riyadh").param("radius", "20")
                        .param("zone", "Asia/Riyadh").param("languages", "ar")
                        .param("slots[18].day", "FRIDAY").param("slots[18].from", "08:00").param("slots[18].to", "12:00"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/me/volunteering"));
        mvc.perform(get("/me/volunteering").with(user(me))).andExpect(status().isOk())
                .andExpect(content().string(containsString(s.opportunity().getTitle())))
                .andExpect(content().string(containsString("أنت متفرّغ في هذا الوقت")))
                .andExpect(content().string(containsString("يطابق اهتمامك: توزيع الغذاء")));
        mvc.perform(post("/shifts/{id}/signup", s.shift().id()).with(user(me)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(signups.mineOn(me.id(), s.shift().id())).map(Signup::status).contains(Signup.Status.CONFIRMED);
        mvc.perform(get("/me/volunteering").param("lang", "en").with(user(me))).andExpect(status().isOk())
                .andExpect(content().string(containsString("My sign-ups")));
    }

    @Test
    void volunteerBCannotSeeOrChangeVolunteerAsSignupsOrCertificates() throws Exception {
        Setup s = ramadanPacking();
        CurrentMember a = volunteer("أ");
        CurrentMember b = volunteer("ب");
        Signup mine = signups.signUp(a.id(), s.shift().id());
        mvc.perform(post("/me/volunteering/signups/{id}/cancel", mine.id()).with(user(b)).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(signups.mineOn(a.id(), s.shift().id())).map(Signup::status).contains(Signup.Status.CONFIRMED);
        mvc.perform(get("/me/volunteering").with(user(b))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString(mine.id().toString()))));
        // B's profile form shows B's own profile; there is no route that takes another member's id
        mvc.perform(get("/me/volunteering/profile").with(user(b))).andExpect(status().isOk());

        approveTwoHours(s, a, mine);
        MvcResult issued = mvc.perform(post("/me/volunteering/certificates").with(user(a)).with(csrf()).param("language", "ar"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/me/volunteering/certificates/*.pdf")).andReturn();
        String pdfUrl = issued.getResponse().getRedirectedUrl();
        mvc.perform(get(pdfUrl).with(user(b))).andExpect(status().isNotFound());
        byte[] pdf = mvc.perform(get(pdfUrl).with(user(a))).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf")).andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        String code = pdfUrl.substring(pdfUrl.lastIndexOf('/') + 1, pdfUrl.length() - 4);
        mvc.perform(get("/certificates/{code}", code)).andExpect(status().isOk())
                .andExpect(content().string(containsString("شهادة صحيحة")))
                .andExpect(content().string(containsString(a.displayName())));
        mvc.perform(get("/certificates/{code}", "NOPE")).andExpect(status().isNotFound());
    }

    void approveTwoHours(Setup s, CurrentMember volunteer, Signup signup) {
        clock.advance(Duration.between(clock.instant(), s.shift().startsAt()));
        signups.checkIn(s.organiser().id(), signup.id());
        clock.advance(Duration.ofHours(2));
        signups.checkOut(s.organiser().id(), signup.id());
        signups.approveHours(s.organiser().id(), s.shift().id(), List.of(signup.id()));
    }

    @Test
    void organiserPostsAShiftInvitesTheTopMatchesChecksInAndApprovesHours() throws Exception {
        Setup s = ramadanPacking();
        CurrentMember v = volunteer("سلمى");
        String base = "/volunteering/organisations/" + s.organisation().getSlug();
        mvc.perform(get(base).with(user(s.organiser()))).andExpect(status().isOk())
                .andExpect(content().string(containsString(s.opportunity().getTitle())));
        mvc.perform(get(base + "/opportunities/new").with(user(s.organiser()))).andExpect(status().isOk());
        String friday = fixtures.nextFriday().toString();
        mvc.perform(post(base + "/opportunities").with(user(s.organiser())).with(csrf())
                        .param("title", "مراقبو الجري").param("activity", "events").param("city", "riyadh")
                        .param("date", friday).param("start", "06:00").param("end", "09:00").param("capacity", "0").param("weeks", "1"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("عدد المتطوعين المطلوب يجب أن يكون ١ على الأقل")));
        mvc.perform(post(base + "/opportunities").with(user(s.organiser())).with(csrf())
                        .param("title", "مراقبو الجري").param("activity", "events").param("city", "riyadh")
                        .param("date", friday).param("start", "09:00").param("end", "06:00").param("capacity", "5").param("weeks", "1"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("يجب أن ينتهي وقت الوردية بعد بدايتها")));
        mvc.perform(post(base + "/opportunities").with(user(s.organiser())).with(csrf())
                        .param("title", "مراقبو الجري").param("activity", "events").param("city", "riyadh")
                        .param("date", friday).param("start", "06:00").param("end", "09:00").param("capacity", "12").param("weeks", "8"))
                .andExpect(status().is3xxRedirection());
        assertThat(opportunities.ofOrganisation(s.organisation().organisationId())).hasSize(2);

        mvc.perform(get(base + "/shifts/{id}", s.shift().id()).with(user(s.organiser()))).andExpect(status().isOk())
                .andExpect(content().string(containsString(v.displayName())))
                .andExpect(content().string(containsString("يطابق اهتمامك: توزيع الغذاء")));
        mvc.perform(post(base + "/shifts/{id}/invite", s.shift().id()).with(user(s.organiser())).with(csrf()).param("count", "50"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/me/volunteering").with(user(v))).andExpect(status().isOk())
                .andExpect(content().string(containsString("دعوات إليك")));
        mvc.perform(post("/shifts/{id}/signup", s.shift().id()).with(user(v)).with(csrf())).andExpect(status().is3xxRedirection());
        Signup signup = signups.mineOn(v.id(), s.shift().id()).orElseThrow();
        mvc.perform(get(base + "/shifts/{id}", s.shift().id()).with(user(s.organiser()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("قبل الدعوة")));

        clock.advance(Duration.between(clock.instant(), s.shift().startsAt()));
        mvc.perform(post(base + "/signups/{id}/check-in", signup.id()).param("shift", s.shift().id().toString())
                .with(user(s.organiser())).with(csrf())).andExpect(status().is3xxRedirection());
        clock.advance(Duration.ofMinutes(90));
        mvc.perform(post(base + "/signups/{id}/check-out", signup.id()).param("shift", s.shift().id().toString())
                .with(user(s.organiser())).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(post(base + "/shifts/{id}/approve", s.shift().id()).param("signup", signup.id().toString())
                .with(user(s.organiser())).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(signups.verifiedHours(v.id()).minutes()).isEqualTo(90);

        byte[] csv = mvc.perform(get(base + "/export.csv").with(user(s.organiser()))).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("text/csv"))).andReturn().getResponse().getContentAsByteArray();
        assertThat(csv[0] & 0xFF).isEqualTo(0xEF);
        assertThat(csv[1] & 0xFF).isEqualTo(0xBB);
        assertThat(csv[2] & 0xFF).isEqualTo(0xBF);
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).contains("\"المتطوع\"", "\"" + v.displayName() + "\"", "\"" + s.opportunity().getTitle() + "\"", "\"1.5\"", "\r\n");
        mvc.perform(get(base + "/shifts/{id}/qr.png", s.shift().id()).with(user(s.organiser()))).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/png"));
        mvc.perform(get(base).with(user(s.organiser()))).andExpect(status().isOk())
                .andExpect(content().string(containsString(v.displayName())));
    }

    @Test
    void aMemberOfAnotherOrganisationCannotManageYourShifts() throws Exception {
        Setup s = ramadanPacking();
        CurrentMember other = fixtures.member("منافس");
        Organisation otherOrg = fixtures.verifiedOrganisation(other);
        CurrentMember v = volunteer("متطوع");
        Signup signup = signups.signUp(v.id(), s.shift().id());
        String base = "/volunteering/organisations/" + s.organisation().getSlug();
        mvc.perform(get(base).with(user(other))).andExpect(status().isForbidden());
        mvc.perform(get(base + "/shifts/{id}", s.shift().id()).with(user(other))).andExpect(status().isForbidden());
        mvc.perform(get(base + "/export.csv").with(user(other))).andExpect(status().isForbidden());
        // through their own organisation's address, the shift is still not theirs
        String theirs = "/volunteering/organisations/" + otherOrg.getSlug();
        mvc.perform(get(theirs + "/shifts/{id}", s.shift().id()).with(user(other))).andExpect(status().isForbidden());
        mvc.perform(post(theirs + "/shifts/{id}/invite", s.shift().id()).with(user(other)).with(csrf()).param("count", "5"))
                .andExpect(status().isForbidden());
        mvc.perform(post(theirs + "/signups/{id}/no-show", signup.id()).param("shift", s.shift().id().toString())
                .with(user(other)).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post(theirs + "/shifts/{id}/approve", s.shift().id()).param("signup", signup.id().toString())
                .with(user(other)).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post(theirs + "/opportunities/{id}/close", s.opportunity().getId()).with(user(other)).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(opportunities.find(s.opportunity().getId()).orElseThrow().getStatus()).isEqualTo(Opportunity.Status.OPEN);
    }

    @Test
    void qrCheckInPageAndPost() throws Exception {
        Setup s = ramadanPacking();
        CurrentMember v = volunteer("ماسحة");
        signups.signUp(v.id(), s.shift().id());
        clock.advance(Duration.between(clock.instant(), s.shift().startsAt()).minus(Duration.ofMinutes(15)));
        mvc.perform(get("/shifts/{id}/check-in", s.shift().id()).param("code", s.shift().checkinCode()).with(user(v)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("سجّل حضوري")));
        mvc.perform(post("/shifts/{id}/check-in", s.shift().id()).param("code", "bad").with(user(v)).with(csrf()))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/shifts/{id}/check-in", s.shift().id()).param("code", s.shift().checkinCode()).with(user(v)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(signups.mineOn(v.id(), s.shift().id()).orElseThrow().checkedInAt()).isNotNull();
    }
}
