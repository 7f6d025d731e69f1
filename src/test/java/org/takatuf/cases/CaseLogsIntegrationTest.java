package org.takatuf.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.takatuf.identity.CurrentMember;
import org.takatuf.identity.Organisation;
import org.takatuf.support.IntegrationTest;

/**
 * Protected values are never written to the logs (quality line 12): a report is sent through the form,
 * claimed, opened, rejected with mails to the reporter, while SQL, bound parameters, web requests and
 * our own code log at their most talkative levels; the captured output is then searched for each value.
 */
@IntegrationTest
@Import(CasesTestConfiguration.class)
@ExtendWith(OutputCaptureExtension.class)
class CaseLogsIntegrationTest {

    private static final Map<String, LogLevel> LOUD = Map.of("org.hibernate.SQL", LogLevel.DEBUG,
            "org.hibernate.orm.jdbc.bind", LogLevel.TRACE, "org.springframework.web", LogLevel.DEBUG,
            "org.springframework.security", LogLevel.DEBUG, "org.takatuf", LogLevel.DEBUG, "org.springframework.mail", LogLevel.DEBUG);

    @Autowired
    MockMvc mvc;
    @Autowired
    CasesFixtures fixtures;
    @Autowired
    LoggingSystem logging;

    @Test
    void protectedValuesNeverReachTheLogs(CapturedOutput output) throws Exception {
        CurrentMember admin = fixtures.member("logs-org");
        Organisation org = fixtures.organisation(admin, true, CasesFixtures.BEIRUT_FOOD);
        CasesFixtures.Secrets s = CasesFixtures.secrets();
        LOUD.forEach((name, level) -> logging.setLogLevel(name, level));
        try {
            MvcResult sent = mvc.perform(post("/cases").with(csrf()).param("category", "food").param("urgency", "high")
                            .param("city", "beirut").param("householdSize", "4").param("summary", "أسرة تحتاج سلة غذائية عاجلة")
                            .param("beneficiaryName", s.name()).param("phone", s.phone()).param("address", s.address())
                            .param("notes", s.notes()).param("reporterContact", s.contact())
                            .param("latitude", "33.887766").param("longitude", "35.512233")
                            .param("submissionKey", UUID.randomUUID().toString()))
                    .andExpect(status().is3xxRedirection()).andReturn();
            UUID id = (UUID) sent.getFlashMap().get("caseId");
            String token = (String) sent.getFlashMap().get("followToken");
            mvc.perform(get("/cases/follow/" + token)).andExpect(status().isOk());
            mvc.perform(post("/cases/" + id + "/claim").with(user(admin)).with(csrf()).param("organisation", org.getSlug()))
                    .andExpect(status().is3xxRedirection());
            mvc.perform(post("/cases/" + id + "/protected").with(user(admin)).with(csrf()).param("organisation", org.getSlug())
                    .param("reason", "تحضير الزيارة")).andExpect(status().isOk());
            mvc.perform(post("/cases/" + id + "/reject").with(user(admin)).with(csrf()).param("organisation", org.getSlug())
                    .param("note", "خارج نطاقنا")).andExpect(status().is3xxRedirection());
        } finally {
            LOUD.keySet().forEach(name -> logging.setLogLevel(name, null));
        }
        String logs = output.getAll();
        assertThat(logs).as("the loud loggers did log this test").contains("/cases/").containsIgnoringCase("case_report");
        for (String value : List.of(s.name(), s.phone(), s.address(), s.notes(), s.contact(), "33.887766", "35.512233")) {
            assertThat(logs).as("a protected value in the logs").doesNotContain(value);
        }
    }
}
