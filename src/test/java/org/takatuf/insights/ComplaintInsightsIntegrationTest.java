package org.takatuf.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.takatuf.advocacy.AdvocacyFixtures;
import org.takatuf.advocacy.AdvocacyTestConfiguration;
import org.takatuf.advocacy.internal.Complaint;
import org.takatuf.identity.CurrentMember;
import org.takatuf.insights.internal.Rollups;
import org.takatuf.insights.internal.ViewRecorder;
import org.takatuf.support.IntegrationTest;

/**
 * A complaint belongs to no organisation: its author sees its funnel (views by channel, supporters) and
 * its CSV; anyone else is refused, an unknown complaint is not found.
 */
@IntegrationTest
@Import(AdvocacyTestConfiguration.class) // the advocacy tests' context
class ComplaintInsightsIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    AdvocacyFixtures fixtures;
    @Autowired
    ViewRecorder recorder;
    @Autowired
    Rollups rollups;

    @Test
    void theAuthorSeesWhoCameFromWhereAndWhoSupported() throws Exception {
        CurrentMember author = fixtures.member("أكرم");
        Complaint complaint = fixtures.sentComplaint(author, AdvocacyFixtures.companyName());
        UUID id = complaint.id();
        for (String ref : new String[] {"x", "x", "whatsapp"}) {
            assertThat(mvc.perform(get("/complaints/{id}", id).param("ref", ref)).andReturn().getResponse().getStatus()).isEqualTo(200);
        }
        CurrentMember supporter = fixtures.member("نهى");
        mvc.perform(post("/complaints/{id}/support", id).with(user(supporter)).with(csrf())).andReturn();
        recorder.flush();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        rollups.rollUp(today.minusDays(1), today);

        String complaintPage = body(mvc.perform(get("/complaints/{id}", id).with(user(author))).andReturn());
        assertThat(complaintPage).contains("/complaints/" + id + "/insights");
        assertThat(body(mvc.perform(get("/complaints/{id}", id).with(user(supporter))).andReturn()))
                .doesNotContain("/complaints/" + id + "/insights");

        MvcResult page = mvc.perform(get("/complaints/{id}/insights", id).with(user(author)).header("Accept-Language", "en")).andReturn();
        assertThat(page.getResponse().getStatus()).isEqualTo(200);
        assertThat(body(page)).contains("Insights: \u2068" + complaint.title() + "\u2069").contains("Funnel of \u2068" + complaint.title() + "\u2069")
                .contains("Supporters").contains("<th scope=\"row\">X</th>").contains("WhatsApp")
                .contains("/complaints/" + id + "/insights.csv?days=30").doesNotContain("id=\"insights-target\"");

        String csv = body(mvc.perform(get("/complaints/{id}/insights.csv", id).with(user(author)).header("Accept-Language", "en")).andReturn());
        assertThat(csv).startsWith("\uFEFF").contains("\"" + today + "\",\"Complaint\"").contains("\"X\"").contains("\"WhatsApp\"");
        assertThat(csv.lines().filter(l -> l.contains("\"X\"")).findFirst().orElseThrow()).contains("\"2\"");

        assertThat(mvc.perform(get("/complaints/{id}/insights", id).with(user(supporter))).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get("/complaints/{id}/insights.csv", id).with(user(supporter))).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get("/complaints/{id}/insights", UUID.randomUUID()).with(user(author))).andReturn().getResponse().getStatus())
                .isEqualTo(404);
        assertThat(mvc.perform(get("/complaints/{id}/insights", id)).andReturn().getResponse().getRedirectedUrl()).endsWith("/login");
    }

    private static String body(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
