package org.takatuf.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.takatuf.cases.internal.CaseCity;
import org.takatuf.cases.internal.CaseManagement;
import org.takatuf.identity.CurrentMember;
import org.takatuf.identity.Organisation;
import org.takatuf.support.IntegrationTest;

/**
 * Public pages and the public JSON never carry a protected detail (quality lines 10, 11, 17): the JSON
 * of a published case is compared with a snapshot ({@code cases/public-case.snapshot.json}, dynamic
 * values masked), and the protected values, the exact point and third-party scripts are looked for in
 * every public answer.
 */
@IntegrationTest
@Import(CasesTestConfiguration.class)
class CasePublicDataIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    CasesFixtures fixtures;
    @Autowired
    CaseManagement cases;

    final ObjectMapper json = new ObjectMapper();

    @Test
    void publicJsonMatchesTheSnapshotAndLeaksNothingProtected() throws Exception {
        CurrentMember admin = fixtures.member("public-org");
        Organisation org = fixtures.organisation(admin, true, CasesFixtures.BEIRUT_FOOD);
        CasesFixtures.Secrets secrets = CasesFixtures.secrets();
        UUID id = fixtures.report(CaseCategory.FOOD, CaseCity.BEIRUT, secrets, true).caseId();
        cases.claim(admin.id(), org, id);
        cases.verify(admin.id(), org, id, "زيارة", "أسرة من أربعة أفراد تحتاج سلة غذائية");
        cases.publish(admin.id(), org, id, null);

        List<String> answers = new ArrayList<>();
        String list = body("/api/v1/cases?page=0");
        String one = body("/api/v1/cases/" + id);
        answers.add(list);
        answers.add(one);
        answers.add(body("/api/v1/cases?lang=en"));
        answers.add(body("/cases"));
        answers.add(body("/cases/" + id));
        answers.add(body("/cases/needs"));
        for (String answer : answers) {
            secrets.all().forEach(s -> assertThat(answer).doesNotContain(s));
            assertThat(answer).doesNotContain("33.889123").doesNotContain("35.501987").doesNotContain("33.889").doesNotContain("35.501")
                    .doesNotContainPattern("<script[^>]+src=\"(https?:)?//");
        }

        JsonNode published = json.readTree(one);
        assertThat(json.readTree(list).findValuesAsText("id")).contains(id.toString());
        ObjectNode masked = (ObjectNode) published.deepCopy();
        masked.put("id", "<id>").put("reportedAt", "<instant>").put("url", "/cases/<id>").put("organisation", "<organisation>");
        try (InputStream in = getClass().getResourceAsStream("/cases/public-case.snapshot.json")) {
            JsonNode snapshot = json.readTree(in);
            assertThat(masked).as("public JSON of a case; update the snapshot only if a field is public on purpose")
                    .isEqualTo(snapshot);
        }
        assertThat(published.get("approxLatitude").decimalValue()).isEqualByComparingTo("33.89");
        assertThat(published.get("organisation").asText()).isEqualTo(org.getName());
    }

    @Test
    void anonymousListIsTheSameAsWithAnAccount() throws Exception {
        CurrentMember someone = fixtures.member("lister");
        String anonymous = body("/api/v1/cases");
        String signedIn = mvc.perform(get("/api/v1/cases").with(user(someone))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(json.readTree(signedIn)).isEqualTo(json.readTree(anonymous));
    }

    String body(String path) throws Exception {
        return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
