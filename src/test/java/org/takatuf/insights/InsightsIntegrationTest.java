package org.takatuf.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.takatuf.campaigns.Campaign;
import org.takatuf.giving.GivingFixtures;
import org.takatuf.identity.CurrentMember;
import org.takatuf.identity.Organisation;
import org.takatuf.insights.internal.InsightsQueries;
import org.takatuf.insights.internal.Rollups;
import org.takatuf.insights.internal.ViewRecorder;
import org.takatuf.support.IntegrationTest;

/**
 * Views recorded off the request thread and rolled up, unique visitors, the channel split, audience
 * groups under five suppressed, access for the organisation's members only, the CSV (BOM, formula
 * injection), both languages.
 */
@IntegrationTest
class InsightsIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    GivingFixtures fixtures;
    @Autowired
    ViewRecorder recorder;
    @Autowired
    Rollups rollups;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    InsightsQueries queries;

    private void rollUp() {
        recorder.flush();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        rollups.rollUp(today.minusDays(1), today);
    }

    private static String body(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void viewsAreRecordedInTheBackgroundAndRolledUpByChannelVisitorAndKind() throws Exception {
        CurrentMember organiser = fixtures.member("خالد");
        Organisation org = fixtures.verifiedOrganisation(organiser);
        Campaign campaign = fixtures.fundraising(organiser, org, "1000");
        UUID id = campaign.id().value();
        long acceptedBefore = recorder.stats().accepted();

        // six new visitors: three from WhatsApp, two direct, one through an ambassador's code
        for (String ref : new String[] {"whatsapp", "WhatsApp", "whatsapp", null, null, "sara_2026"}) {
            var request = get("/campaigns/{id}", id);
            MvcResult r = mvc.perform(ref == null ? request : request.param("ref", ref)).andReturn();
            assertThat(r.getResponse().getStatus()).isEqualTo(200);
            assertThat(r.getResponse().getHeaders("Set-Cookie")).anySatisfy(c -> assertThat(c).startsWith("tk_v=").contains("HttpOnly")
                    .contains("SameSite=Lax"));
        }
        // two returning visitors (their cookie came from an earlier day), one of them twice
        Cookie back1 = new Cookie("tk_v", "returningVisitorOne1234");
        Cookie back2 = new Cookie("tk_v", "returningVisitorTwo1234");
        for (Cookie c : new Cookie[] {back1, back2, back1}) {
            MvcResult r = mvc.perform(get("/campaigns/{id}", id).cookie(c)).andReturn();
            assertThat(r.getResponse().getHeaders("Set-Cookie")).noneMatch(h -> h.startsWith("tk_v="));
        }
        // not a page view: an unknown campaign (404), an htmx fragment request, a robot
        mvc.perform(get("/campaigns/{id}", UUID.randomUUID()));
        mvc.perform(get("/campaigns/{id}", id).header("HX-Request", "true"));
        mvc.perform(get("/campaigns/{id}", id).header("User-Agent", "Googlebot/2.1"));
        assertThat(recorder.stats().accepted() - acceptedBefore).isEqualTo(9);

        rollUp();
        assertThat(jdbc.sql("SELECT count(*) FROM insights_view_event WHERE target_id = ?").param(id).query(Long.class).single())
                .isEqualTo(9);
        Map<String, Long> byChannel = jdbc.sql("SELECT channel, views FROM insights_daily WHERE target_id = ?").param(id)
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, Long::sum));
        assertThat(byChannel).containsEntry("whatsapp", 3L).containsEntry("direct", 5L).containsEntry("ambassador", 1L);
        assertThat(jdbc.sql("SELECT ambassador FROM insights_daily WHERE target_id = ? AND channel = 'ambassador'").param(id)
                .query(String.class).single()).isEqualTo("sara_2026");
        assertThat(audience(id, "all", "")).isEqualTo(8);
        assertThat(audience(id, "kind", "new")).isEqualTo(6);
        assertThat(audience(id, "kind", "returning")).isEqualTo(2);
        // the raw table keeps no cookie value, only a salted hash
        assertThat(jdbc.sql("SELECT count(*) FROM insights_view_event WHERE visitor LIKE 'returning%'").query(Long.class).single()).isZero();

        // rolling up twice gives the same figures
        rollUp();
        assertThat(audience(id, "all", "")).isEqualTo(8);

        String en = body(mvc.perform(get("/organisations/{slug}/insights", org.getSlug()).with(user(organiser))
                .header("Accept-Language", "en")).andReturn());
        assertThat(en).contains("Views by channel").contains("WhatsApp").contains("sara_2026")
                .contains("<svg").contains("<caption").contains("scope=\"row\"").contains("scope=\"col\"")
                // returning visitors are two: shown as "fewer than 5", never as 2
                .contains("fewer than 5").contains(campaign.title());
        String ar = body(mvc.perform(get("/organisations/{slug}/insights", org.getSlug()).with(user(organiser))
                .header("Accept-Language", "ar").param("days", "7").param("target", "campaign:" + id)).andReturn());
        assertThat(ar).contains("واتساب").contains("أقل من 5").contains("المشاهدات حسب القناة").contains("data-direction=\"rtl\"");
    }

    @Test
    void citiesOfSignedInVisitorsAreShownOnlyInGroupsOfFiveOrMore() throws Exception {
        CurrentMember organiser = fixtures.member("خالد");
        Organisation org = fixtures.verifiedOrganisation(organiser);
        Campaign campaign = fixtures.fundraising(organiser, org, "1000");
        UUID id = campaign.id().value();
        String bigCity = "المدينة الكبيرة " + UUID.randomUUID().toString().substring(0, 6);
        String smallCity = "قرية صغيرة " + UUID.randomUUID().toString().substring(0, 6);
        for (int i = 0; i < 7; i++) {
            CurrentMember visitor = fixtures.member("زائر");
            jdbc.sql("UPDATE member SET city = ? WHERE id = ?").params(i < 5 ? bigCity : smallCity, visitor.uuid()).update();
            mvc.perform(get("/campaigns/{id}", id).with(user(visitor)));
        }
        rollUp();
        String page = body(mvc.perform(get("/organisations/{slug}/insights", org.getSlug()).with(user(organiser))
                .header("Accept-Language", "en")).andReturn());
        assertThat(page).contains(bigCity).doesNotContain(smallCity).contains("Other cities").contains("fewer than 5");
        assertThat(audience(id, "city", bigCity)).isEqualTo(5);
    }

    @Test
    void onlyTheOrganisationsMembersSeeItsInsights() throws Exception {
        CurrentMember organiser = fixtures.member("خالد");
        Organisation org = fixtures.verifiedOrganisation(organiser);
        CurrentMember colleague = fixtures.member("زميل");
        fixtures.join(org, colleague);
        CurrentMember stranger = fixtures.member("غريب");

        assertThat(mvc.perform(get("/organisations/{slug}/insights", org.getSlug())).andReturn().getResponse().getRedirectedUrl())
                .contains("/login");
        assertThat(status("/organisations/{slug}/insights", org.getSlug(), stranger)).isEqualTo(403);
        assertThat(status("/organisations/{slug}/insights.csv", org.getSlug(), stranger)).isEqualTo(403);
        assertThat(status("/organisations/{slug}/insights", "no-such-organisation-" + UUID.randomUUID(), organiser)).isEqualTo(404);
        assertThat(status("/organisations/{slug}/insights", org.getSlug(), colleague)).isEqualTo(200);
        assertThat(status("/organisations/{slug}/insights.csv", org.getSlug(), colleague)).isEqualTo(200);

        MvcResult badPeriod = mvc.perform(get("/organisations/{slug}/insights", org.getSlug()).with(user(organiser))
                .param("days", "13").header("Accept-Language", "en")).andReturn();
        assertThat(badPeriod.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(badPeriod)).contains("Choose a period of 7, 30 or 90 days.");
        assertThat(mvc.perform(get("/organisations/{slug}/insights", org.getSlug()).with(user(organiser))
                .param("target", "campaign:" + UUID.randomUUID())).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/organisations/{slug}/insights", org.getSlug()).with(user(organiser))
                .param("target", "nonsense")).andReturn().getResponse().getStatus()).isEqualTo(400);

        // the organisation's page links to its insights for members only
        assertThat(body(mvc.perform(get("/organisations/{slug}", org.getSlug()).with(user(colleague))).andReturn()))
                .contains("/organisations/" + org.getSlug() + "/insights");
        assertThat(body(mvc.perform(get("/organisations/{slug}", org.getSlug()).with(user(stranger))).andReturn()))
                .doesNotContain("/organisations/" + org.getSlug() + "/insights");
    }

    @Test
    void theCsvHasABomBothLanguagesAndNoFormulas() throws Exception {
        CurrentMember organiser = fixtures.member("خالد");
        Organisation org = fixtures.verifiedOrganisation(organiser);
        Campaign campaign = fixtures.fundraising(organiser, org, "1000");
        UUID id = campaign.id().value();
        jdbc.sql("UPDATE campaign SET title = ? WHERE id = ?").params("=HYPERLINK(\"http://evil\",\"x\")", id).update();
        mvc.perform(get("/campaigns/{id}", id).param("ref", "-1"));
        mvc.perform(get("/campaigns/{id}", id).param("ref", "telegram"));
        mvc.perform(get("/organisations/{slug}", org.getSlug()));
        rollUp();

        MvcResult en = mvc.perform(get("/organisations/{slug}/insights.csv", org.getSlug()).with(user(organiser))
                .header("Accept-Language", "en")).andReturn();
        assertThat(en.getResponse().getContentType()).startsWith("text/csv");
        byte[] bytes = en.getResponse().getContentAsByteArray();
        assertThat(bytes[0] & 0xff).isEqualTo(0xEF);
        String csv = new String(bytes, StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF\"Day\",\"Kind\",\"Title\",\"Channel\"")
                .contains("\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\"").doesNotContain(",\"=HYPERLINK")
                .contains("\"'-1\"").contains("\"Telegram\"").contains("\"Organisation\",\"" + org.getName() + "\"");
        String ar = new String(mvc.perform(get("/organisations/{slug}/insights.csv", org.getSlug()).with(user(organiser))
                .header("Accept-Language", "ar").param("days", "90")).andReturn().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(ar).startsWith("\uFEFF\"اليوم\"").contains("\"تيليجرام\"").contains("\"حملة\"");
    }

    @Test
    void theFunnelCountsPledgesByReferralCommentsFollowsSharesAndFramesFromTheOtherModules() throws Exception {
        CurrentMember organiser = fixtures.member("خالد");
        Organisation org = fixtures.verifiedOrganisation(organiser);
        Campaign campaign = fixtures.fundraising(organiser, org, "1000");
        UUID id = campaign.id().value();
        for (String ref : new String[] {"whatsapp", "whatsapp", null}) {
            CurrentMember donor = fixtures.member("متبرع");
            var pledge = post("/campaigns/{id}/pledges", id).with(user(donor)).with(csrf()).param("key", GivingFixtures.key())
                    .param("method", "BANK_TRANSFER").param("amount", "40");
            assertThat(mvc.perform(ref == null ? pledge : pledge.param("ref", ref)).andReturn().getResponse().getStatus()).isEqualTo(302);
        }
        // engagement's own flows are tested in engagement; here their rows are what the reporting views read
        CurrentMember fan = fixtures.member("متابع");
        jdbc.sql("INSERT INTO engagement_comment (id, target_type, target_id, author_id, body, created_at) VALUES (?, 'campaign', ?, ?, 'شكرًا', now())")
                .params(UUID.randomUUID(), id, fan.uuid()).update();
        jdbc.sql("INSERT INTO engagement_follow (member_id, source_type, source_key, created_at) VALUES (?, 'campaign', ?, now())")
                .params(fan.uuid(), id.toString()).update();
        jdbc.sql("INSERT INTO engagement_follow (member_id, source_type, source_key, created_at) VALUES (?, 'organisation', ?, now())")
                .params(fan.uuid(), org.getId().toString()).update();
        // views through shared links (the rollup's rows): counted as visits from shares in the period, direct ones not
        jdbc.sql("INSERT INTO insights_daily (day, target_type, target_id, channel, ambassador, views, visitors) VALUES (?, 'campaign', ?, 'telegram', '', 7, 5)")
                .params(LocalDate.now(ZoneOffset.UTC), id).update();
        jdbc.sql("INSERT INTO insights_daily (day, target_type, target_id, channel, ambassador, views, visitors) VALUES (?, 'campaign', ?, 'direct', '', 9, 9)")
                .params(LocalDate.now(ZoneOffset.UTC), id).update();
        jdbc.sql("INSERT INTO insights_daily (day, target_type, target_id, channel, ambassador, views, visitors) VALUES (?, 'campaign', ?, 'telegram', '', 4, 4)")
                .params(LocalDate.now(ZoneOffset.UTC).minusDays(40), id).update();
        jdbc.sql("INSERT INTO engagement_frame (id, organisation_id, tag_key, name, overlay_file, adoptions, created_by, created_at) "
                + "VALUES (?, ?, 'دفء', 'دفء', 'f.png', 12, ?, now())").params(UUID.randomUUID(), org.getId(), organiser.uuid()).update();

        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        InsightsQueries.Funnel whole = queries.funnel(new InsightsQueries.Scope(org.getId(), null, today.minusDays(6), today));
        assertThat(whole.pledges()).isEqualTo(3);
        assertThat(whole.comments()).isEqualTo(1);
        assertThat(whole.follows()).isEqualTo(2);
        assertThat(whole.shares()).isEqualTo(7);
        assertThat(whole.frames()).isEqualTo(12);
        InsightsQueries.Target target = new InsightsQueries.Target("campaign", id, campaign.title());
        InsightsQueries.Scope one = new InsightsQueries.Scope(org.getId(), target, today.minusDays(6), today);
        assertThat(queries.funnel(one).follows()).isEqualTo(1);
        assertThat(queries.pledgesByReferral(one)).containsExactly(new InsightsQueries.Count("whatsapp", 2), new InsightsQueries.Count("", 1));
        assertThat(queries.perTarget(org.getId(), today.minusDays(6), today)).singleElement()
                .satisfies(r -> assertThat(r.pledges()).isEqualTo(3));
        // another organisation sees none of it
        Organisation other = fixtures.verifiedOrganisation(organiser);
        assertThat(queries.funnel(new InsightsQueries.Scope(other.getId(), null, today.minusDays(6), today)).pledges()).isZero();
    }

    @Test
    void anOpportunitysPageViewsAndSignUpsAreItsFunnel() throws Exception {
        CurrentMember organiser = fixtures.member("خالد");
        Organisation org = fixtures.verifiedOrganisation(organiser);
        UUID id = UUID.randomUUID();
        // volunteering's own flows are tested there; a remote opportunity row is enough for its public page
        jdbc.sql("INSERT INTO opportunity (id, organisation_id, title, activity_type, remote, time_zone, created_by, created_at) "
                + "VALUES (?, ?, 'تعبئة سلال', 1, true, 'Asia/Riyadh', ?, now())").params(id, org.getId(), organiser.uuid()).update();
        assertThat(mvc.perform(get("/opportunities/{id}", id).param("ref", "x")).andReturn().getResponse().getStatus()).isEqualTo(200);
        rollUp();
        assertThat(jdbc.sql("SELECT target_type || ':' || channel FROM insights_daily WHERE target_id = ?").param(id).query(String.class).list())
                .containsExactly("opportunity:x");
        String page = body(mvc.perform(get("/organisations/{slug}/insights", org.getSlug()).with(user(organiser))
                .param("target", "opportunity:" + id).header("Accept-Language", "en")).andReturn());
        assertThat(page).contains("Funnel of \u2068تعبئة سلال\u2069").contains("Volunteer sign-ups");
    }

    private int status(String path, String slug, CurrentMember member) throws Exception {
        return mvc.perform(get(path, slug).with(user(member))).andReturn().getResponse().getStatus();
    }

    private long audience(UUID target, String dimension, String value) {
        return jdbc.sql("SELECT coalesce(sum(visitors), 0) FROM insights_daily_audience WHERE target_id = ? AND dimension = ? AND value = ?")
                .params(target, dimension, value).query(Long.class).single();
    }
}
