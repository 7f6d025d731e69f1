package org.takatuf.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.takatuf.cases.internal.CaseManagement;
import org.takatuf.identity.ApiTokenManagement;
import org.takatuf.identity.CurrentMember;
import org.takatuf.identity.Organisation;
import org.takatuf.support.IntegrationTest;

/** Partners submit and read cases with a bearer token; the OpenAPI document describes the endpoints. */
@IntegrationTest
@Import(CasesTestConfiguration.class)
class CaseApiIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    CasesFixtures fixtures;
    @Autowired
    ApiTokenManagement tokens;
    @Autowired
    CaseManagement cases;

    static final String BODY = """
            {"category": "medical-surgery", "urgency": "critical", "city": "tripoli", "area": "القبة", "householdSize": 3,
             "summary": "طفل يحتاج عملية جراحية عاجلة في القلب", "beneficiaryName": "اسم محمي", "phone": "+961 3 111 222",
             "consentSummary": true, "consentPhotos": false}""";

    @Test
    void aPartnerSubmitsWithATokenOnceAndFollowsTheCase() throws Exception {
        CurrentMember partner = fixtures.member("api-partner");
        String secret = tokens.create(partner.id(), "partner system").secret();
        String key = UUID.randomUUID().toString();
        String first = mvc.perform(post("/api/v1/cases").header("Authorization", "Bearer " + secret).header("Idempotency-Key", key)
                        .contentType(MediaType.APPLICATION_JSON).content(BODY))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String id = first.replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
        mvc.perform(post("/api/v1/cases").header("Authorization", "Bearer " + secret).header("Idempotency-Key", key)
                        .contentType(MediaType.APPLICATION_JSON).content(BODY))
                .andExpect(status().isOk()).andExpect(jsonPath("$.id").value(id));
        assertThat(cases.reportedBy(partner.id())).hasSize(1);

        mvc.perform(get("/api/v1/cases/" + id).header("Authorization", "Bearer " + secret))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("new"))
                .andExpect(jsonPath("$.timeline[0].text").value("وصل البلاغ، وهو بانتظار جمعية تستلمه."))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("اسم محمي"))))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("111 222"))));
        // an organisation claims it: the page shows its name bidi-isolated inside the step's sentence, the JSON API plain text
        CurrentMember admin = fixtures.member("api-org");
        Organisation org = fixtures.organisation(admin, true, "TRIPOLI:MEDICAL_SURGERY");
        cases.claim(admin.id(), org, UUID.fromString(id));
        String json = mvc.perform(get("/api/v1/cases/" + id).header("Authorization", "Bearer " + secret))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.timeline[1].text").value("استلمت " + org.getName() + " البلاغ وتدرسه الآن."))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(json).doesNotContain("\u2068", "\u2069", "\\u2068", "\\u2069");
        mvc.perform(get("/me/cases/" + id).with(user(partner))).andExpect(status().isOk())
                .andExpect(content().string(containsString("استلمت \u2068" + org.getName() + "\u2069 البلاغ وتدرسه الآن.")));
        // someone else's token, or none: the unpublished case is not there
        String other = tokens.create(fixtures.member("api-other").id(), "other").secret();
        mvc.perform(get("/api/v1/cases/" + id).header("Authorization", "Bearer " + other)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/cases/" + id)).andExpect(status().isNotFound());
    }

    @Test
    void badInputIsA400WithAMessageAndNoTokenIsRefused() throws Exception {
        String secret = tokens.create(fixtures.member("api-bad").id(), "bad").secret();
        mvc.perform(post("/api/v1/cases").header("Authorization", "Bearer " + secret).contentType(MediaType.APPLICATION_JSON)
                        .content(BODY.replace("tripoli", "atlantis")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.message").value("اختر المدينة."));
        mvc.perform(post("/api/v1/cases").header("Authorization", "Bearer " + secret).header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"householdSize\": \"many\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/cases").header("Authorization", "Bearer tkt_wrong").contentType(MediaType.APPLICATION_JSON).content(BODY))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void theOpenApiDocumentDescribesTheCasesEndpoints() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/cases'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/cases'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/cases/{id}'].get").exists());
    }
}
