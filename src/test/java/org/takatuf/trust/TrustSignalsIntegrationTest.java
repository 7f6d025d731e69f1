package org.takatuf.trust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.takatuf.campaigns.Campaign;
import org.takatuf.campaigns.CampaignUpdates;
import org.takatuf.engagement.internal.Comments;
import org.takatuf.giving.GivingFixtures;
import org.takatuf.giving.internal.Confirmations;
import org.takatuf.giving.internal.Giving;
import org.takatuf.giving.internal.PledgeMethod;
import org.takatuf.giving.internal.PledgeRequest;
import org.takatuf.identity.CurrentMember;
import org.takatuf.identity.Organisation;
import org.takatuf.support.IntegrationTest;

/**
 * Trust signals on an organisation's page and its self-ticking checklist (issue 9): every figure comes from
 * what happened (comments answered through engagement, a pledge confirmed through giving, an update posted
 * through campaigns, cases closed), each comes with the line that says how it is measured, too little data
 * says so, and only the organisation's members see the checklist.
 */
@IntegrationTest
class TrustSignalsIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    GivingFixtures fixtures;
    @Autowired
    Comments comments;
    @Autowired
    Giving giving;
    @Autowired
    Confirmations confirmations;
    @Autowired
    CampaignUpdates updates;
    @Autowired
    JdbcClient jdbc;

    String page(String slug, String lang, CurrentMember who) throws Exception {
        var request = get("/organisations/{slug}", slug).param("lang", lang);
        if (who != null) {
            request.with(user(who));
        }
        var response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString();
    }

    /** A case the organisation took on (the cases flow itself is CaseFlowIntegrationTest's), closed with this note or open. */
    void caseHandledBy(Organisation org, boolean closed, String outcome) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO case_report (id, status, category, urgency, city, household_size, summary, consent_summary, consent_photos,
                  consent_at, follow_token_hash, submission_key, handling_org_id, reported_at, updated_at, closed_at)
                VALUES (?, ?, 'FOOD', 'NORMAL', 'beirut', 3, 'x', true, false, now(), ?, ?, ?, now(), now(), ?)""")
                .params(id, closed ? "CLOSED" : "ADOPTED", UUID.randomUUID().toString().replace("-", ""), UUID.randomUUID().toString(),
                        org.getId(), closed ? java.sql.Timestamp.from(java.time.Instant.now()) : null).update();
        if (closed) {
            jdbc.sql("INSERT INTO case_event (case_id, kind, organisation_id, note, visible_to_reporter, created_at) VALUES (?, 'CLOSED', ?, ?, true, now())")
                    .params(id, org.getId(), outcome).update();
        }
    }

    @Test
    void eachSignalIsMeasuredFromWhatHappenedAndExplained() throws Exception {
        CurrentMember organiser = fixtures.member("جمعية الثقة");
        Organisation org = fixtures.verifiedOrganisation(organiser);
        Campaign campaign = fixtures.fundraising(organiser, org, "1000");
        CurrentMember asker = fixtures.member("سائلة");
        for (String question : List.of("متى التوزيع؟", "أين نقطة الجمع؟", "هل تقبلون الملابس؟")) {
            UUID id = comments.post(asker, new Comments.Draft("campaign", campaign.id().value(), null, question, null, null));
            comments.post(organiser, new Comments.Draft("campaign", campaign.id().value(), id, "نعم، شكرًا لك", null, org.getId()));
        }
        CurrentMember donor = fixtures.member("متبرع");
        UUID pledge = giving.pledge(donor.id(), GivingFixtures.key(), new PledgeRequest(campaign.id().value(), PledgeMethod.BANK_TRANSFER,
                "100", null, null, false, null, null)).pledgeId();
        confirmations.confirm(organiser.id(), campaign.id().value(), List.of(pledge), GivingFixtures.key());
        caseHandledBy(org, true, "وصلت السلة الغذائية للأسرة");
        caseHandledBy(org, true, "   ");
        caseHandledBy(org, false, null);

        String before = page(org.getSlug(), "en", null);
        assertThat(before).contains("Trust signals", "First reply to comments", "based on 3 answers",
                "The median time between a member&#39;s comment and the organisation&#39;s first answer to it.",
                "0 of 1 funded campaign (0 %)", "1 of 3 cases (33 %)", "Verified", "On Takatuf for");

        // reporting back after the money arrived moves the signal; nobody typed it
        updates.post(organiser.id(), campaign.id(), "وصلت البطانيات", "وزّعنا 40 بطانية على الأسر", List.of());
        assertThat(page(org.getSlug(), "en", null)).contains("1 of 1 funded campaign (100 %)");
        String arabic = page(org.getSlug(), "ar", null);
        assertThat(arabic).contains("مؤشرات الثقة", "أول ردّ على التعليقات", "ردود", "حملة واحدة وصلها مال", "موثّقة",
                "الوسيط الزمني بين تعليق العضو وأول ردّ للجهة عليه.");
    }

    @Test
    void tooLittleDataSaysSoInsteadOfAFigure() throws Exception {
        CurrentMember organiser = fixtures.member("جمعية جديدة");
        Organisation org = fixtures.verifiedOrganisation(organiser);
        String page = page(org.getSlug(), "en", null);
        assertThat(page.split("Not enough data yet", -1)).hasSize(4);
        assertThat(page(org.getSlug(), "ar", null)).contains("لا تكفي البيانات بعد");
    }

    @Test
    void theChecklistTicksItselfAndOnlyMembersSeeIt() throws Exception {
        CurrentMember organiser = fixtures.member("منسقة");
        Organisation org = fixtures.verifiedOrganisation(organiser);
        CurrentMember stranger = fixtures.member("زائر");
        assertThat(page(org.getSlug(), "en", null)).doesNotContain("checklist");
        assertThat(page(org.getSlug(), "en", stranger)).doesNotContain("Your organisation&#39;s checklist");

        String fresh = page(org.getSlug(), "en", organiser);
        assertThat(fresh).contains("Your organisation&#39;s checklist", "1 step done", "of 7.",
                "data-check=\"verified\" data-done=\"true\"", "data-check=\"hashtag\" data-done=\"false\"",
                "data-check=\"cases\" data-done=\"false\"", "href=\"/guide#frames\"");

        Campaign campaign = fixtures.fundraising(organiser, org, "1000");
        updates.post(organiser.id(), campaign.id(), "شكرًا", "وصلت التبرعات الأولى #دفء_الشتاء", List.of());
        caseHandledBy(org, true, "أُحيلت إلى المستشفى");
        String after = page(org.getSlug(), "en", organiser);
        assertThat(after).contains("3 steps done", "data-check=\"hashtag\" data-done=\"true\"", "data-check=\"cases\" data-done=\"true\"",
                "data-check=\"frame\" data-done=\"false\"");
        assertThat(page(org.getSlug(), "ar", organiser)).contains("قائمة مهام جهتك", "أُنجزت", "خطوات");
    }

    @Test
    void theGuideIsInBothLanguagesWithAnAnchorPerChecklistItem() throws Exception {
        var guide = mvc.perform(get("/guide").param("lang", "en")).andReturn().getResponse();
        assertThat(guide.getStatus()).isEqualTo(200);
        String en = guide.getContentAsString();
        assertThat(en).contains("Guide for organisations", "Write a campaign story", "Answer fast", "Report achievements back",
                "Use hashtags", "Make frames", "Close cases with their outcome", "Get verified");
        for (String anchor : List.of("verification", "story", "answer", "report", "hashtags", "frames", "outcomes")) {
            assertThat(en).contains("id=\"" + anchor + "\"");
        }
        String ar = mvc.perform(get("/guide")).andReturn().getResponse().getContentAsString();
        assertThat(ar).contains("دليل الجهات", "اكتب قصة الحملة", "ردّ بسرعة", "وافِ المتابعين بالإنجازات", "dir=\"rtl\"");
    }
}
